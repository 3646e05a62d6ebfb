-- The day a finding (temuan) was discovered: its clock, "set as a finding within 7 days of its discovery" (UU 7/2017
-- art. 454(5); netra.rules.*.finding-days), runs from it, and a finding set after it is flagged late_filing as a late
-- report is. Only a finding has one. Findings recorded before this release have none (null): the day was never
-- asked, and they were never judged late; nothing is made up for them.
ALTER TABLE case_file ADD COLUMN discovered_on DATE,
    ADD CONSTRAINT case_file_discovered_on_finding CHECK (discovered_on IS NULL OR source = 'FINDING');
