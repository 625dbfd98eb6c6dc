package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Parses a Groovy file with the Groovy 3 compiler up to the conversion phase: syntax only, since
 * OFBiz's classes, which the component's Groovy imports, are not on this classpath.
 */
final class GroovySyntaxChecker {

    /** The syntax errors, as "file:line:column: message" lines; empty if the file parses. */
    List<String> check(Path file) {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.setTolerance(10); // report up to 10 errors of one file, not only the first
        CompilationUnit unit = new CompilationUnit(configuration);
        unit.addSource(file.toFile());
        try {
            unit.compile(Phases.CONVERSION);
            return List.of();
        } catch (MultipleCompilationErrorsException e) {
            List<String> problems = new ArrayList<>();
            for (Message message : e.getErrorCollector().getErrors()) {
                problems.add(describe(file, message));
            }
            return problems;
        }
    }

    private static String describe(Path file, Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            return file + ":" + cause.getLine() + ":" + cause.getStartColumn() + ": " + cause.getOriginalMessage();
        }
        if (message instanceof ExceptionMessage exception) {
            return file + ": " + exception.getCause();
        }
        if (message instanceof SimpleMessage simple) {
            return file + ": " + simple.getMessage();
        }
        return file + ": " + message;
    }
}
