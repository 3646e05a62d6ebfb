-- Letters that can be verified (issue 13 item 3): each document made from this release on carries a QR code with the
-- address of its verification page, /verifikasi/<verification_code>, and is sealed (PAdES). The page shows the letter's
-- number, date, issuing office (issuer, as named when issued) and SHA-256, and nothing else of the case. The code is
-- random (160 bits), so that the addresses cannot be guessed one from another. Documents made before keep neither:
-- they were made without a QR code. Adding nullable columns rewrites no row, so the append-only trigger is not fired.
ALTER TABLE letter_document ADD COLUMN verification_code TEXT;
ALTER TABLE letter_document ADD COLUMN issuer TEXT;
CREATE UNIQUE INDEX letter_document_verification_idx ON letter_document (verification_code) WHERE verification_code IS NOT NULL;
