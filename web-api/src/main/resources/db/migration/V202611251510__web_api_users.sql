-- The platform's own accounts (HTTP Basic and form sign-in). Passwords are BCrypt hashes, never plain text.
CREATE TABLE msc.platform_user (
    username      varchar(100) PRIMARY KEY,
    password_hash varchar(100) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE msc.platform_user_role (
    username varchar(100) NOT NULL REFERENCES msc.platform_user (username) ON DELETE CASCADE,
    role     varchar(20)  NOT NULL CHECK (role IN ('COORDINATOR', 'PHYSICIAN', 'ADMIN')),
    PRIMARY KEY (username, role)
);
