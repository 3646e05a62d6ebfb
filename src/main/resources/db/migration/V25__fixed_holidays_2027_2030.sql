-- The national holidays fixed to a date, for the years whose joint decree (SKB) on holidays and cuti bersama is not
-- yet published: without them a deadline running into 2027 counted New Year's Day as a working day. Each is a
-- holiday every year by law, whatever the weekday:
--  * 1 January (Tahun Baru Masehi), 17 August (Hari Kemerdekaan, UU 16/1953 and Keppres 24/1953 on national days),
--    25 December (Hari Raya Natal): Keppres 24/1953;
--  * 1 May (Hari Buruh Internasional): Perpres 24/2013;
--  * 1 June (Hari Lahir Pancasila): Keppres 24/2016.
-- The movable holidays (Islamic, Chinese, Hindu, Buddhist and Christian feasts on their calendars) and the cuti bersama
-- of each year come from that year's SKB and are added by an administrator (/admin/hari-libur, CSV import) or a later
-- migration once it is published; the holidays page warns while the coming year has only these. A day an
-- administrator has already entered keeps its row and name.
INSERT INTO holiday (day, name) VALUES
('2027-01-01', 'Tahun Baru Masehi'),
('2027-05-01', 'Hari Buruh Internasional'),
('2027-06-01', 'Hari Lahir Pancasila'),
('2027-08-17', 'Hari Kemerdekaan Republik Indonesia'),
('2027-12-25', 'Hari Raya Natal'),
('2028-01-01', 'Tahun Baru Masehi'),
('2028-05-01', 'Hari Buruh Internasional'),
('2028-06-01', 'Hari Lahir Pancasila'),
('2028-08-17', 'Hari Kemerdekaan Republik Indonesia'),
('2028-12-25', 'Hari Raya Natal'),
('2029-01-01', 'Tahun Baru Masehi'),
('2029-05-01', 'Hari Buruh Internasional'),
('2029-06-01', 'Hari Lahir Pancasila'),
('2029-08-17', 'Hari Kemerdekaan Republik Indonesia'),
('2029-12-25', 'Hari Raya Natal'),
('2030-01-01', 'Tahun Baru Masehi'),
('2030-05-01', 'Hari Buruh Internasional'),
('2030-06-01', 'Hari Lahir Pancasila'),
('2030-08-17', 'Hari Kemerdekaan Republik Indonesia'),
('2030-12-25', 'Hari Raya Natal')
ON CONFLICT (day) DO NOTHING;
