package cn.recon.rules;

/** config/rules.yml cannot be used: the message names the file, the line and the key, in plain words. */
public final class RulesFileException extends RuntimeException {

    RulesFileException(String message) {
        super(message);
    }

    RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
