-- The holidays published after V3: the cuti bersama of 18 August 2025 and the movable national holidays and cuti
-- bersama of 2026. Sources (domain-notes.md §7):
--  * 2025-08-18: cuti bersama, SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB (SKB 933/1/3 of 2025),
--    https://cnnindonesia.com/edukasi/20250811164642-561-1261250/18-agustus-2025-cuti-bersama-atau-libur-nasional
--  * 2026 national holidays and cuti bersama: SKB of 19 September 2025, https://garuda.tv/jadwal-libur-nasional-cuti-bersama-2026 ;
--    the cuti bersama for ASN set by Keppres 42/2025 of 31 December 2025,
--    https://economy.okezone.com/read/2026/02/04/320/3199527/prabowo-teken-aturan-cuti-bersama-asn-2026-cek-tanggalnya
-- The fixed-date holidays of 2026 are in V3. An administrator may already have added any of these days (the page
-- /admin/hari-libur or the CSV import): the day is the table's key, and a day present keeps its row and name.
INSERT INTO holiday (day, name) VALUES
('2025-08-18', 'Cuti bersama Hari Kemerdekaan Republik Indonesia'),
('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
('2026-03-20', 'Cuti bersama Idul Fitri'),
('2026-03-21', 'Idul Fitri 1447 H'),
('2026-03-22', 'Idul Fitri 1447 H'),
('2026-03-23', 'Cuti bersama Idul Fitri'),
('2026-03-24', 'Cuti bersama Idul Fitri'),
('2026-04-03', 'Wafat Yesus Kristus'),
('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
('2026-05-14', 'Kenaikan Yesus Kristus'),
('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
('2026-05-27', 'Idul Adha 1447 H'),
('2026-05-28', 'Cuti bersama Idul Adha'),
('2026-05-31', 'Hari Raya Waisak 2570 BE'),
('2026-06-16', 'Tahun Baru Islam 1448 H'),
('2026-08-25', 'Maulid Nabi Muhammad SAW'),
('2026-12-24', 'Cuti bersama Hari Raya Natal')
ON CONFLICT (day) DO NOTHING;
