/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.screens

import org.apache.ofbiz.service.ServiceUtil

import java.nio.charset.StandardCharsets

/*
 * Request events of the CSV downloads: run the export service and send its CSV as a file. The
 * services build the CSV; these only write it to the response.
 */

String leaderboardCsv() {
    return download('exportAffContestLeaderboardCsv')
}

String winnersCsv() {
    return download('exportAffContestWinnersCsv')
}

private String download(String serviceName) {
    Map result = dispatcher.runSync(serviceName, [contestId: parameters.contestId, userLogin: userLogin, locale: locale])
    if (ServiceUtil.isError(result)) {
        request.setAttribute('_ERROR_MESSAGE_', ServiceUtil.getErrorMessage(result))
        return 'error'
    }
    byte[] bytes = (result.csv as String).getBytes(StandardCharsets.UTF_8)
    response.setContentType('text/csv; charset=UTF-8')
    response.setHeader('Content-Disposition', "attachment; filename=\"${result.fileName}\"")
    response.setContentLength(bytes.length)
    response.outputStream.write(bytes)
    response.outputStream.flush()
    return 'success'
}
