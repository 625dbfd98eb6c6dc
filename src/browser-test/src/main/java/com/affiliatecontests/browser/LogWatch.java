package com.affiliatecontests.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** New ERROR entries of OFBiz's error.log (an entry: its line and the stack trace lines after it) that concern the component. */
final class LogWatch {
    private static final Pattern ENTRY_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*");
    private static final Pattern COMPONENT = Pattern.compile("(?i)affiliatecontests|affiliateportal|/affcontests/|/partners/");

    private final Path file;
    private long offset;

    LogWatch(Path ofbizHome) throws IOException {
        file = ofbizHome.resolve("runtime/logs/error.log");
        offset = Files.exists(file) ? Files.size(file) : 0;
    }

    /**
     * The component's ERROR entries written since the last call. OFBiz's "[TransactionUtil.rollback]" diagnostic
     * stack trace is never counted, even on pages that should show content: it is written for any service that
     * returns an error (a refusal), and log4j may flush the one of an earlier, expected refusal (another partner's
     * message) into the next page's window; a real exception of the component is logged on its own line. When refusals are expected, OFBiz's own
     * "[TransactionUtil.rollback]" stack trace is left out: ServiceDispatcher logs it for every service that returns
     * an error (here, the partner services refusing another partner's data), whoever called the service.
     */
    List<String> newComponentErrors(boolean refusalsExpected) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        long size = Files.size(file);
        if (size < offset) {
            offset = 0; // rolled over
        }
        byte[] bytes;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(offset);
            bytes = new byte[(int) (size - offset)];
            raf.readFully(bytes);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline < 0) {
            return List.of();
        }
        offset += text.substring(0, lastNewline + 1).getBytes(StandardCharsets.UTF_8).length;
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.substring(0, lastNewline).split("\n")) {
            if (ENTRY_START.matcher(line).matches()) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries.stream().filter(e -> e.contains("|E|") || e.contains("|F|")).filter(e -> COMPONENT.matcher(e).find())
                .filter(e -> !(e.contains("[TransactionUtil.rollback]") && e.contains("java.lang.Exception: Stack Trace")))
                .toList();
    }
}
