-- Accounts of people who sign in at the hospital's identity provider (OIDC): created and updated from the provider's
-- claims at each sign-in, marked with the sign-in's registration id, and without a local password, so neither the
-- form nor HTTP Basic admits them. An account signs in one way: a password or a provider, never both.
ALTER TABLE msc.platform_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE msc.platform_user ADD COLUMN identity_provider varchar(100);
ALTER TABLE msc.platform_user ADD CONSTRAINT platform_user_signs_in_one_way
    CHECK ((password_hash IS NULL) <> (identity_provider IS NULL));
