package org.mscpathway.platform.security;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt reads at most 72 bytes of a password and refuses longer ones with an exception, which a sign-in would
 * report as an outage. A longer password can never match a stored hash (accounts are refused one), so it is simply
 * a wrong password here.
 */
record BCryptLimit(PasswordEncoder bcrypt) implements PasswordEncoder {

    static final int MAX_BYTES = 72;

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }
}
