/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
class Csv {

    static String cell(Object value) {
        String text = value == null ? '' : value.toString()
        return text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')
                ? '"' + text.replace('"', '""') + '"' : text
    }

}
