-- The authority a recommendation is addressed to (SPEC §2, issue 11 item 3): the PPK of the person's agency by default
-- (null here), another one chosen by the examiner where the law says so — a regional secretary of a regency or city:
-- the governor (PEMDA-<province>); of a province: the Minister of Home Affairs (PUSAT-KEMENDAGRI); an acting regional
-- head: the official who appointed them — with the examiner's reason. recommendation.agency_code and
-- person_track.ppk_agency take it when the recommendation is issued, so that the chosen authority's officers see the
-- person's track. Examinations of earlier releases chose none (null): their recommendations went to the person's PPK.
ALTER TABLE examination
    ADD COLUMN authority_agency VARCHAR(40) REFERENCES agency (code),
    ADD COLUMN authority_reason TEXT,
    ADD CONSTRAINT examination_authority_reason CHECK (authority_agency IS NULL OR authority_reason IS NOT NULL);
