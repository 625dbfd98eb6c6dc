/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.common

import com.affiliatecontests.engine.export.CsvCell

/** One CSV cell: the engine's CsvCell (RFC 4180 quoting, formula-like text neutralised, numbers as numbers). */
class Csv {

    static String cell(Object value) {
        return CsvCell.of(value)
    }

}
