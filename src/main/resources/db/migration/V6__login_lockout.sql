-- Login protection: consecutive failures lock an account for a while (netra.security.lockout.*).
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMPTZ;
