-- Case search by the reported persons' agency (CaseQueries.search, criterion "agency"): the cases naming a person of
-- one agency, without reading every person of the scope.
CREATE INDEX case_person_agency_idx ON case_person (agency_code, case_id);
