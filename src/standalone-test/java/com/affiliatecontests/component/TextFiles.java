package com.affiliatecontests.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading source and template files, and line numbers of regex matches in them. */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The 1-based line of a character offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text with each comment span (regex) blanked out, keeping newlines so lines stay right. */
    static String withoutComments(String text, String commentRegex) {
        StringBuilder result = new StringBuilder(text);
        Matcher matcher = Pattern.compile(commentRegex, Pattern.DOTALL).matcher(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (result.charAt(i) != '\n') {
                    result.setCharAt(i, ' ');
                }
            }
        }
        return result.toString();
    }
}
