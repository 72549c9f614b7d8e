-- DEMO DATA ONLY. Unit status reports consistent with plan 263/KH-UBND ("Hiện trạng", section II):
--  * ANNUAL 2014, approved, for the 29 reporting units (20 provincial bodies, 9 districts; not the root KONTUM,
--    not VPDDBQH). eOffice deployed at 29/29; 17 of 29 units (≈ 60%, "khoảng 60% đơn vị") use official e-mail
--    regularly; a LAN at every unit, upgraded in 2014 at 23 of 29; security is mostly antivirus on single
--    computers: system-level measures (firewall / IDS / backup) at 3 units only (VPUBND, STTTT, TPKONTUM);
--    eOffice interconnected (liên thông, pilot) at 5 units: VPUBND, STTTT, SNV, STC, TPKONTUM.
--    Totals to check the roll-up by hand (2014):
--      civil servants 3440; PCs 2792; PCs with Internet 2636; PCs with licensed antivirus 1332; servers 42;
--      units on the government network 11; units using e-mail regularly 17; eOffice 29; interconnected 5;
--      system-level security 3; online services level 1: 1174, level 2: 550, level 3: 9 (at 3 units), level 4: 0.
--      official mailboxes 1773; staff using official e-mail regularly 1251;
--      documents: incoming 127606 (in eOffice 68486), outgoing 53594 (issued electronically 20011).
--    2014 reports were due 15/01/2015: submitted on time except SNGV, KONPLONG and TUMORONG (late).
--  * QUARTERLY 2015 Q1 (due 10/04/2015), every case for the completeness board:
--      approved 10: VPUBND, SNV, SKHDT, STTTT, SGDDT, STNMT, TPKONTUM, DAKHA (on time), SKHCN, NGOCHOI (late);
--      submitted 6: SCT, BQLKKT, DAKTO (on time), SYT, SATHAY (late), TUMORONG (late against 10/04 but on time
--                   against its extension to 25/04);
--      returned 1: STP (submitted on time, returned with a comment);
--      drafts 5: STC, SNNPTNT, SGTVT, KONRAY, SVHTTDL (partly filled in);
--      not started 7: SXD, SLDTBXH, TTT, SNGV, BDT, DAKGLEI, KONPLONG (KONPLONG has an extension to 30/04).
--    So, for Q1: on time 13, late 4, overdue 12 (drafts and not started, now that the dates have passed).
--  * 2015 Q2 and later: nothing (the browser test starts DAKHA's Q2 report).
-- Rows are found by unit code and period (year, kind, seq), never by id.

-- 2014 annual reports: approved.
insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by,
                           submitted_at, submitted_by, approved_at, approved_by)
select u.id, (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1), 'APPROVED', v.created_at, 'unit-' || lower(u.code),
       v.approved_at, 'itstaff', v.submitted_at, 'unit-' || lower(u.code), v.approved_at, 'itstaff'
  from (values
    ('VPUBND', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-05 08:00:00+07:00', timestamp with time zone '2015-01-08 14:00:00+07:00'),
    ('SNV', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-06 09:07:00+07:00', timestamp with time zone '2015-01-10 14:02:00+07:00'),
    ('STP', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-07 10:14:00+07:00', timestamp with time zone '2015-01-12 14:04:00+07:00'),
    ('SKHDT', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-08 11:21:00+07:00', timestamp with time zone '2015-01-14 14:06:00+07:00'),
    ('STC', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-09 12:28:00+07:00', timestamp with time zone '2015-01-16 14:08:00+07:00'),
    ('SCT', timestamp with time zone '2014-12-24 09:10:00+07:00', timestamp with time zone '2015-01-10 13:35:00+07:00', timestamp with time zone '2015-01-13 14:10:00+07:00'),
    ('SNNPTNT', timestamp with time zone '2014-12-30 09:10:00+07:00', timestamp with time zone '2015-01-11 14:42:00+07:00', timestamp with time zone '2015-01-15 14:12:00+07:00'),
    ('SGTVT', timestamp with time zone '2014-12-30 09:10:00+07:00', timestamp with time zone '2015-01-12 15:49:00+07:00', timestamp with time zone '2015-01-17 14:14:00+07:00'),
    ('SXD', timestamp with time zone '2014-12-30 09:10:00+07:00', timestamp with time zone '2015-01-13 08:56:00+07:00', timestamp with time zone '2015-01-19 14:16:00+07:00'),
    ('STNMT', timestamp with time zone '2014-12-30 09:10:00+07:00', timestamp with time zone '2015-01-14 09:03:00+07:00', timestamp with time zone '2015-01-21 14:18:00+07:00'),
    ('STTTT', timestamp with time zone '2014-12-20 09:10:00+07:00', timestamp with time zone '2015-01-05 10:10:00+07:00', timestamp with time zone '2015-01-08 14:20:00+07:00'),
    ('SLDTBXH', timestamp with time zone '2014-12-20 09:10:00+07:00', timestamp with time zone '2015-01-06 11:17:00+07:00', timestamp with time zone '2015-01-10 14:22:00+07:00'),
    ('SVHTTDL', timestamp with time zone '2014-12-26 09:10:00+07:00', timestamp with time zone '2015-01-07 12:24:00+07:00', timestamp with time zone '2015-01-12 14:24:00+07:00'),
    ('SKHCN', timestamp with time zone '2014-12-26 09:10:00+07:00', timestamp with time zone '2015-01-08 13:31:00+07:00', timestamp with time zone '2015-01-14 14:26:00+07:00'),
    ('SGDDT', timestamp with time zone '2014-12-26 09:10:00+07:00', timestamp with time zone '2015-01-09 14:38:00+07:00', timestamp with time zone '2015-01-16 14:28:00+07:00'),
    ('SYT', timestamp with time zone '2014-12-26 09:10:00+07:00', timestamp with time zone '2015-01-10 15:45:00+07:00', timestamp with time zone '2015-01-13 14:30:00+07:00'),
    ('TTT', timestamp with time zone '2014-12-26 09:10:00+07:00', timestamp with time zone '2015-01-11 08:52:00+07:00', timestamp with time zone '2015-01-15 14:32:00+07:00'),
    ('SNGV', timestamp with time zone '2015-01-03 09:10:00+07:00', timestamp with time zone '2015-01-20 09:59:00+07:00', timestamp with time zone '2015-01-25 14:34:00+07:00'),
    ('BDT', timestamp with time zone '2015-01-01 09:10:00+07:00', timestamp with time zone '2015-01-13 10:06:00+07:00', timestamp with time zone '2015-01-19 14:36:00+07:00'),
    ('BQLKKT', timestamp with time zone '2015-01-01 09:10:00+07:00', timestamp with time zone '2015-01-14 11:13:00+07:00', timestamp with time zone '2015-01-21 14:38:00+07:00'),
    ('TPKONTUM', timestamp with time zone '2014-12-22 09:10:00+07:00', timestamp with time zone '2015-01-05 12:20:00+07:00', timestamp with time zone '2015-01-08 14:40:00+07:00'),
    ('DAKGLEI', timestamp with time zone '2014-12-22 09:10:00+07:00', timestamp with time zone '2015-01-06 13:27:00+07:00', timestamp with time zone '2015-01-10 14:42:00+07:00'),
    ('NGOCHOI', timestamp with time zone '2014-12-22 09:10:00+07:00', timestamp with time zone '2015-01-07 14:34:00+07:00', timestamp with time zone '2015-01-12 14:44:00+07:00'),
    ('DAKTO', timestamp with time zone '2014-12-22 09:10:00+07:00', timestamp with time zone '2015-01-08 15:41:00+07:00', timestamp with time zone '2015-01-14 14:46:00+07:00'),
    ('KONPLONG', timestamp with time zone '2015-01-10 09:10:00+07:00', timestamp with time zone '2015-01-22 08:48:00+07:00', timestamp with time zone '2015-01-29 14:48:00+07:00'),
    ('KONRAY', timestamp with time zone '2014-12-28 09:10:00+07:00', timestamp with time zone '2015-01-10 09:55:00+07:00', timestamp with time zone '2015-01-13 14:50:00+07:00'),
    ('DAKHA', timestamp with time zone '2014-12-28 09:10:00+07:00', timestamp with time zone '2015-01-11 10:02:00+07:00', timestamp with time zone '2015-01-15 14:52:00+07:00'),
    ('SATHAY', timestamp with time zone '2014-12-28 09:10:00+07:00', timestamp with time zone '2015-01-12 11:09:00+07:00', timestamp with time zone '2015-01-17 14:54:00+07:00'),
    ('TUMORONG', timestamp with time zone '2015-01-10 09:10:00+07:00', timestamp with time zone '2015-01-26 12:16:00+07:00', timestamp with time zone '2015-02-01 14:56:00+07:00')
  ) as v(code, created_at, submitted_at, approved_at)
  join unit u on u.code = v.code;

insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan,
                                      lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids,
                                      has_backup, printers, scanners, it_staff)
select r.id, v.staff, v.pcs, v.internet, v.antivirus, v.servers, true, v.lan_year, v.mbps, v.gov, v.firewall, v.ids,
       v.backup, v.printers, v.scanners, v.it_staff
  from (values
    ('VPUBND', 95, 88, 88, 80, 4, 2014, 20, true, true, false, true, 30, 6, 3),
    ('SNV', 62, 52, 50, 30, 1, 2014, 10, true, false, false, false, 18, 2, 1),
    ('STP', 45, 38, 36, 20, 1, 2013, 8, false, false, false, false, 12, 1, 1),
    ('SKHDT', 70, 62, 60, 40, 2, 2014, 12, true, false, false, false, 20, 3, 1),
    ('STC', 85, 76, 74, 50, 2, 2014, 12, true, false, false, false, 25, 3, 1),
    ('SCT', 60, 49, 46, 25, 1, 2014, 8, false, false, false, false, 16, 2, 1),
    ('SNNPTNT', 110, 88, 80, 45, 2, 2012, 10, false, false, false, false, 30, 3, 1),
    ('SGTVT', 75, 60, 56, 30, 1, 2014, 8, false, false, false, false, 20, 2, 1),
    ('SXD', 55, 46, 44, 20, 1, 2014, 8, false, false, false, false, 15, 2, 1),
    ('STNMT', 80, 70, 66, 40, 2, 2014, 10, true, false, false, false, 22, 3, 1),
    ('STTTT', 48, 45, 45, 45, 5, 2014, 30, true, true, true, true, 14, 3, 4),
    ('SLDTBXH', 72, 56, 52, 25, 1, 2013, 8, false, false, false, false, 20, 2, 1),
    ('SVHTTDL', 90, 70, 63, 30, 1, 2014, 8, false, false, false, false, 24, 2, 1),
    ('SKHCN', 42, 38, 37, 20, 1, 2014, 8, true, false, false, false, 12, 2, 1),
    ('SGDDT', 105, 92, 90, 50, 2, 2014, 12, true, false, false, false, 28, 3, 2),
    ('SYT', 98, 80, 76, 40, 2, 2014, 10, false, false, false, false, 26, 3, 1),
    ('TTT', 38, 30, 28, 15, 0, 2014, 6, false, false, false, false, 10, 1, 0),
    ('SNGV', 28, 22, 21, 10, 0, 2013, 6, false, false, false, false, 8, 1, 0),
    ('BDT', 32, 25, 23, 12, 0, 2014, 6, false, false, false, false, 9, 1, 0),
    ('BQLKKT', 40, 30, 28, 15, 1, 2014, 6, false, false, false, false, 10, 1, 0),
    ('TPKONTUM', 380, 330, 320, 180, 3, 2014, 20, true, true, false, false, 80, 8, 3),
    ('DAKGLEI', 240, 180, 165, 60, 1, 2014, 8, false, false, false, false, 50, 3, 1),
    ('NGOCHOI', 260, 210, 200, 90, 1, 2014, 10, true, false, false, false, 55, 4, 1),
    ('DAKTO', 250, 200, 188, 80, 1, 2014, 10, false, false, false, false, 52, 3, 1),
    ('KONPLONG', 180, 130, 118, 40, 1, 2013, 6, false, false, false, false, 40, 2, 1),
    ('KONRAY', 160, 120, 110, 45, 1, 2014, 6, false, false, false, false, 35, 2, 1),
    ('DAKHA', 270, 225, 215, 100, 2, 2014, 10, true, false, false, false, 58, 4, 1),
    ('SATHAY', 220, 170, 158, 60, 1, 2014, 8, false, false, false, false, 45, 3, 1),
    ('TUMORONG', 150, 110, 99, 35, 1, 2012, 6, false, false, false, false, 30, 2, 1)
  ) as v(code, staff, pcs, internet, antivirus, servers, lan_year, mbps, gov, firewall, ids, backup, printers,
         scanners, it_staff)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1);

insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent,
                            staff_using_free_mail)
select r.id, v.mailboxes, v.users, v.regularly, v.share, v.free_mail
  from (values
    ('VPUBND', 66, 56, true, 37, 24),
    ('SNV', 43, 37, true, 51, 16),
    ('STP', 31, 26, true, 51, 11),
    ('SKHDT', 49, 42, true, 30, 18),
    ('STC', 59, 50, true, 51, 21),
    ('SCT', 42, 36, true, 51, 15),
    ('SNNPTNT', 77, 35, false, 14, 61),
    ('SGTVT', 52, 23, false, 8, 41),
    ('SXD', 38, 17, false, 14, 30),
    ('STNMT', 56, 48, true, 30, 20),
    ('STTTT', 34, 29, true, 30, 12),
    ('SLDTBXH', 50, 22, false, 14, 40),
    ('SVHTTDL', 63, 28, false, 14, 50),
    ('SKHCN', 29, 25, true, 30, 10),
    ('SGDDT', 74, 63, true, 30, 26),
    ('SYT', 69, 59, true, 51, 24),
    ('TTT', 27, 12, false, 14, 21),
    ('SNGV', 20, 9, false, 5, 15),
    ('BDT', 22, 10, false, 14, 18),
    ('BQLKKT', 28, 24, true, 37, 10),
    ('TPKONTUM', 152, 129, true, 51, 95),
    ('DAKGLEI', 96, 43, false, 14, 132),
    ('NGOCHOI', 104, 88, true, 44, 65),
    ('DAKTO', 100, 85, true, 30, 62),
    ('KONPLONG', 72, 32, false, 5, 99),
    ('KONRAY', 64, 29, false, 11, 88),
    ('DAKHA', 108, 92, true, 30, 68),
    ('SATHAY', 88, 75, true, 37, 55),
    ('TUMORONG', 60, 27, false, 5, 82)
  ) as v(code, mailboxes, users, regularly, share, free_mail)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1);

insert into eoffice_adoption (report_id, deployed, deployed_since, active_users, incoming_docs,
                              incoming_docs_electronic, outgoing_docs, outgoing_docs_electronic, interconnected,
                              digital_signatures)
select r.id, true, v.since, v.active_users, v.incoming, v.incoming_e, v.outgoing, v.outgoing_e, v.interconnected,
       v.signatures
  from (values
    ('VPUBND', date '2012-06-01', 57, 4050, 1418, 1701, 340, true, true),
    ('SNV', date '2012-09-10', 42, 3097, 1394, 1301, 416, true, false),
    ('STP', date '2013-05-07', 34, 2624, 1443, 1102, 485, false, false),
    ('SKHDT', date '2014-05-15', 59, 3411, 2217, 1433, 802, false, false),
    ('STC', date '2012-10-01', 51, 3898, 2924, 1637, 327, true, false),
    ('SCT', date '2013-08-16', 41, 3185, 1115, 1338, 428, false, false),
    ('SNNPTNT', date '2014-08-15', 84, 4722, 2125, 1983, 873, false, false),
    ('SGTVT', date '2013-10-22', 63, 3709, 2040, 1558, 872, false, false),
    ('SXD', date '2013-11-25', 33, 3146, 2045, 1321, 264, false, false),
    ('STNMT', date '2014-03-15', 54, 3933, 2950, 1652, 529, false, false),
    ('STTTT', date '2012-03-15', 36, 3010, 1054, 1264, 556, true, true),
    ('SLDTBXH', date '2013-05-07', 60, 3767, 1695, 1582, 886, false, false),
    ('SVHTTDL', date '2014-06-15', 54, 4344, 2389, 1824, 365, false, false),
    ('SKHCN', date '2013-07-13', 29, 2941, 1912, 1235, 395, false, false),
    ('SGDDT', date '2013-08-16', 80, 4868, 3651, 2045, 900, false, false),
    ('SYT', date '2014-09-15', 82, 4695, 1643, 1972, 1104, false, false),
    ('TTT', date '2013-10-22', 23, 2932, 1319, 1231, 246, false, false),
    ('SNGV', date '2013-11-25', 19, 2669, 1468, 1121, 359, false, false),
    ('BDT', date '2014-04-15', 24, 2826, 1837, 1187, 522, false, false),
    ('BQLKKT', date '2013-04-04', 34, 3103, 2327, 1303, 730, false, false),
    ('TPKONTUM', date '2012-11-05', 228, 7880, 2758, 3310, 662, true, false),
    ('DAKGLEI', date '2014-07-15', 163, 6241, 2808, 2621, 839, false, false),
    ('NGOCHOI', date '2013-07-13', 198, 6522, 3587, 2739, 1205, false, false),
    ('DAKTO', date '2013-08-16', 210, 6443, 4188, 2706, 1515, false, false),
    ('KONPLONG', date '2014-02-15', 108, 5644, 4233, 2370, 474, false, false),
    ('KONRAY', date '2013-10-22', 109, 5445, 1906, 2287, 732, false, false),
    ('DAKHA', date '2013-11-25', 205, 6806, 3063, 2859, 1258, false, false),
    ('SATHAY', date '2014-05-15', 185, 6247, 3436, 2624, 1469, false, false),
    ('TUMORONG', date '2013-04-04', 90, 5448, 3541, 2288, 458, false, false)
  ) as v(code, since, active_users, incoming, incoming_e, outgoing, outgoing_e, interconnected, signatures)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1);

insert into public_services (report_id, level1, level2, level3, level4)
select r.id, v.level1, v.level2, v.level3, v.level4
  from (values
    ('VPUBND', 10, 5, 0, 0),
    ('SNV', 17, 10, 0, 0),
    ('STP', 24, 15, 0, 0),
    ('SKHDT', 31, 20, 4, 0),
    ('STC', 38, 25, 0, 0),
    ('SCT', 45, 30, 0, 0),
    ('SNNPTNT', 52, 5, 0, 0),
    ('SGTVT', 14, 10, 0, 0),
    ('SXD', 21, 15, 0, 0),
    ('STNMT', 28, 20, 0, 0),
    ('STTTT', 35, 25, 3, 0),
    ('SLDTBXH', 42, 30, 0, 0),
    ('SVHTTDL', 49, 5, 0, 0),
    ('SKHCN', 11, 10, 0, 0),
    ('SGDDT', 18, 15, 0, 0),
    ('SYT', 25, 20, 0, 0),
    ('TTT', 32, 25, 0, 0),
    ('SNGV', 39, 30, 0, 0),
    ('BDT', 46, 5, 0, 0),
    ('BQLKKT', 53, 10, 0, 0),
    ('TPKONTUM', 60, 27, 2, 0),
    ('DAKGLEI', 69, 34, 0, 0),
    ('NGOCHOI', 78, 16, 0, 0),
    ('DAKTO', 47, 23, 0, 0),
    ('KONPLONG', 56, 30, 0, 0),
    ('KONRAY', 65, 12, 0, 0),
    ('DAKHA', 74, 19, 0, 0),
    ('SATHAY', 43, 26, 0, 0),
    ('TUMORONG', 52, 33, 0, 0)
  ) as v(code, level1, level2, level3, level4)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1);

-- 2015 Q1: approved.
insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by,
                           submitted_at, submitted_by, approved_at, approved_by)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1), 'APPROVED', v.created_at, 'unit-' || lower(u.code),
       v.approved_at, 'itstaff', v.submitted_at, 'unit-' || lower(u.code), v.approved_at, 'itstaff'
  from (values
    ('VPUBND', timestamp with time zone '2015-04-01 08:10:00+07:00', timestamp with time zone '2015-04-03 09:20:00+07:00', timestamp with time zone '2015-04-05 15:00:00+07:00'),
    ('SNV', timestamp with time zone '2015-04-01 08:11:00+07:00', timestamp with time zone '2015-04-06 10:20:00+07:00', timestamp with time zone '2015-04-09 15:05:00+07:00'),
    ('SKHDT', timestamp with time zone '2015-04-01 08:12:00+07:00', timestamp with time zone '2015-04-08 11:20:00+07:00', timestamp with time zone '2015-04-12 15:10:00+07:00'),
    ('STTTT', timestamp with time zone '2015-04-01 08:13:00+07:00', timestamp with time zone '2015-04-02 12:20:00+07:00', timestamp with time zone '2015-04-04 15:15:00+07:00'),
    ('SGDDT', timestamp with time zone '2015-04-01 08:14:00+07:00', timestamp with time zone '2015-04-09 13:20:00+07:00', timestamp with time zone '2015-04-12 15:20:00+07:00'),
    ('STNMT', timestamp with time zone '2015-04-01 08:15:00+07:00', timestamp with time zone '2015-04-10 14:20:00+07:00', timestamp with time zone '2015-04-14 15:25:00+07:00'),
    ('TPKONTUM', timestamp with time zone '2015-04-01 08:16:00+07:00', timestamp with time zone '2015-04-07 15:20:00+07:00', timestamp with time zone '2015-04-09 15:30:00+07:00'),
    ('DAKHA', timestamp with time zone '2015-04-01 08:17:00+07:00', timestamp with time zone '2015-04-09 09:20:00+07:00', timestamp with time zone '2015-04-12 15:35:00+07:00'),
    ('SKHCN', timestamp with time zone '2015-04-01 08:18:00+07:00', timestamp with time zone '2015-04-14 10:20:00+07:00', timestamp with time zone '2015-04-18 15:40:00+07:00'),
    ('NGOCHOI', timestamp with time zone '2015-04-01 08:19:00+07:00', timestamp with time zone '2015-04-16 11:20:00+07:00', timestamp with time zone '2015-04-18 15:45:00+07:00')
  ) as v(code, created_at, submitted_at, approved_at)
  join unit u on u.code = v.code;

-- 2015 Q1: submitted, awaiting review.
insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by,
                           submitted_at, submitted_by)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1), 'SUBMITTED', v.created_at, 'unit-' || lower(u.code),
       v.submitted_at, 'unit-' || lower(u.code), v.submitted_at, 'unit-' || lower(u.code)
  from (values
    ('SCT', timestamp with time zone '2015-04-02 10:00:00+07:00', timestamp with time zone '2015-04-10 08:45:00+07:00'),
    ('BQLKKT', timestamp with time zone '2015-04-03 10:03:00+07:00', timestamp with time zone '2015-04-08 09:45:00+07:00'),
    ('DAKTO', timestamp with time zone '2015-04-04 10:06:00+07:00', timestamp with time zone '2015-04-09 10:45:00+07:00'),
    ('SYT', timestamp with time zone '2015-04-05 10:09:00+07:00', timestamp with time zone '2015-04-13 11:45:00+07:00'),
    ('SATHAY', timestamp with time zone '2015-04-06 10:12:00+07:00', timestamp with time zone '2015-04-20 12:45:00+07:00'),
    ('TUMORONG', timestamp with time zone '2015-04-02 10:15:00+07:00', timestamp with time zone '2015-04-22 13:45:00+07:00')
  ) as v(code, created_at, submitted_at)
  join unit u on u.code = v.code;

-- 2015 Q1: STP submitted on time, returned with a comment (its acknowledged warning is recorded).
insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by, submitted_at,
                           submitted_by, returned_at, returned_by, review_comment, acknowledged_warnings)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1), 'RETURNED', timestamp with time zone '2015-04-03 08:40:00+07:00', 'unit-stp', timestamp with time zone '2015-04-13 10:15:00+07:00', 'itstaff',
       timestamp with time zone '2015-04-09 16:05:00+07:00', 'unit-stp', timestamp with time zone '2015-04-13 10:15:00+07:00', 'itstaff',
       'Số máy tính cài phần mềm diệt virus có bản quyền tăng từ 20 lên 36 máy (+80%) so với năm 2014 nhưng đơn vị chưa gửi tài liệu kiểm chứng. Đề nghị kiểm tra lại số liệu và đính kèm hợp đồng hoặc biên bản bàn giao bản quyền phần mềm.',
       'change:pcsAntivirus|20|36|+80%'
  from unit u where u.code = 'STP';

-- 2015 Q1: drafts, partly filled in.
insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1), 'DRAFT', v.created_at, 'unit-' || lower(u.code), v.updated_at, 'unit-' || lower(u.code)
  from (values
    ('STC', timestamp with time zone '2015-04-03 09:00:00+07:00', timestamp with time zone '2015-04-08 16:10:00+07:00'),
    ('SNNPTNT', timestamp with time zone '2015-04-04 09:05:00+07:00', timestamp with time zone '2015-04-09 16:17:00+07:00'),
    ('SGTVT', timestamp with time zone '2015-04-05 09:10:00+07:00', timestamp with time zone '2015-04-10 16:24:00+07:00'),
    ('KONRAY', timestamp with time zone '2015-04-06 09:15:00+07:00', timestamp with time zone '2015-04-11 16:31:00+07:00'),
    ('SVHTTDL', timestamp with time zone '2015-04-07 09:20:00+07:00', timestamp with time zone '2015-04-12 16:38:00+07:00')
  ) as v(code, created_at, updated_at)
  join unit u on u.code = v.code;

-- 2015 Q1 figures of the approved, submitted and returned reports.
insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan,
                                      lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids,
                                      has_backup, printers, scanners, it_staff)
select r.id, v.staff, v.pcs, v.internet, v.antivirus, v.servers, true, v.lan_year, v.mbps, v.gov, v.firewall, v.ids,
       v.backup, v.printers, v.scanners, v.it_staff
  from (values
    ('VPUBND', 95, 88, 88, 80, 4, 2014, 20, true, true, false, true, 30, 6, 3),
    ('SNV', 62, 53, 51, 31, 1, 2014, 10, true, false, false, false, 18, 2, 1),
    ('SKHDT', 70, 62, 60, 40, 2, 2014, 12, true, false, false, false, 20, 3, 1),
    ('STTTT', 48, 46, 46, 46, 5, 2014, 30, true, true, true, true, 14, 3, 4),
    ('SGDDT', 105, 94, 92, 52, 2, 2014, 12, true, false, false, false, 28, 3, 2),
    ('STNMT', 80, 70, 66, 40, 2, 2014, 10, true, false, false, false, 22, 3, 1),
    ('TPKONTUM', 380, 332, 322, 182, 3, 2014, 20, true, true, false, false, 80, 8, 3),
    ('DAKHA', 270, 227, 217, 102, 2, 2014, 10, true, false, false, false, 58, 4, 1),
    ('SKHCN', 42, 39, 38, 21, 1, 2014, 8, true, false, false, false, 12, 2, 1),
    ('NGOCHOI', 260, 211, 201, 91, 1, 2014, 10, true, false, false, false, 55, 4, 1),
    ('SCT', 60, 51, 48, 27, 1, 2014, 8, false, false, false, false, 16, 2, 1),
    ('BQLKKT', 40, 31, 29, 16, 1, 2014, 6, false, false, false, false, 10, 1, 0),
    ('DAKTO', 250, 212, 200, 92, 1, 2014, 10, false, false, false, false, 52, 3, 1),
    ('SYT', 98, 80, 76, 40, 2, 2014, 10, false, false, false, false, 26, 3, 1),
    ('SATHAY', 220, 170, 158, 60, 1, 2014, 8, false, false, false, false, 45, 3, 1),
    ('TUMORONG', 150, 111, 100, 36, 1, 2012, 6, false, false, false, false, 30, 2, 1),
    ('STP', 45, 40, 38, 36, 1, 2013, 8, false, false, false, false, 12, 1, 1)
  ) as v(code, staff, pcs, internet, antivirus, servers, lan_year, mbps, gov, firewall, ids, backup, printers,
         scanners, it_staff)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent,
                            staff_using_free_mail)
select r.id, v.mailboxes, v.users, v.regularly, v.share, v.free_mail
  from (values
    ('VPUBND', 71, 56, true, 37, 24),
    ('SNV', 48, 37, true, 51, 16),
    ('SKHDT', 49, 42, true, 30, 18),
    ('STTTT', 39, 29, true, 30, 12),
    ('SGDDT', 74, 63, true, 30, 26),
    ('STNMT', 56, 48, true, 30, 20),
    ('TPKONTUM', 157, 129, true, 51, 95),
    ('DAKHA', 113, 92, true, 30, 68),
    ('SKHCN', 29, 25, true, 30, 10),
    ('NGOCHOI', 104, 88, true, 44, 65),
    ('SCT', 42, 36, true, 51, 15),
    ('BQLKKT', 28, 24, true, 37, 10),
    ('DAKTO', 100, 85, true, 30, 62),
    ('SYT', 69, 59, true, 51, 24),
    ('SATHAY', 88, 75, true, 37, 55),
    ('TUMORONG', 60, 27, false, 5, 82),
    ('STP', 31, 26, true, 51, 11)
  ) as v(code, mailboxes, users, regularly, share, free_mail)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

insert into eoffice_adoption (report_id, deployed, deployed_since, active_users, incoming_docs,
                              incoming_docs_electronic, outgoing_docs, outgoing_docs_electronic, interconnected,
                              digital_signatures)
select r.id, true, v.since, v.active_users, v.incoming, v.incoming_e, v.outgoing, v.outgoing_e, v.interconnected,
       v.signatures
  from (values
    ('VPUBND', date '2012-06-01', 57, 1012, 354, 425, 85, true, true),
    ('SNV', date '2012-09-10', 42, 775, 348, 325, 104, true, false),
    ('SKHDT', date '2014-05-15', 59, 856, 554, 358, 200, false, false),
    ('STTTT', date '2012-03-15', 36, 762, 264, 316, 139, true, true),
    ('SGDDT', date '2013-08-16', 80, 1231, 913, 511, 225, false, false),
    ('STNMT', date '2014-03-15', 54, 992, 738, 413, 132, false, false),
    ('TPKONTUM', date '2012-11-05', 228, 1990, 690, 828, 166, true, false),
    ('DAKHA', date '2013-11-25', 205, 1728, 766, 715, 314, false, false),
    ('SKHCN', date '2013-07-13', 29, 748, 478, 309, 99, false, false),
    ('NGOCHOI', date '2013-07-13', 198, 1652, 897, 685, 301, false, false),
    ('SCT', date '2013-08-16', 41, 801, 279, 334, 107, false, false),
    ('BQLKKT', date '2013-04-04', 34, 795, 582, 326, 182, false, false),
    ('DAKTO', date '2013-08-16', 210, 1634, 1047, 676, 379, false, false),
    ('SYT', date '2014-09-15', 82, 1189, 411, 493, 276, false, false),
    ('SATHAY', date '2014-05-15', 185, 1589, 859, 656, 367, false, false),
    ('TUMORONG', date '2013-04-04', 90, 1390, 885, 572, 114, false, false),
    ('STP', date '2013-05-07', 34, 658, 361, 276, 121, false, false)
  ) as v(code, since, active_users, incoming, incoming_e, outgoing, outgoing_e, interconnected, signatures)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

insert into public_services (report_id, level1, level2, level3, level4)
select r.id, v.level1, v.level2, v.level3, v.level4
  from (values
    ('VPUBND', 10, 5, 0, 0),
    ('SNV', 17, 10, 0, 0),
    ('SKHDT', 31, 20, 4, 0),
    ('STTTT', 35, 25, 3, 0),
    ('SGDDT', 18, 15, 0, 0),
    ('STNMT', 28, 20, 0, 0),
    ('TPKONTUM', 60, 27, 2, 0),
    ('DAKHA', 74, 19, 0, 0),
    ('SKHCN', 11, 10, 0, 0),
    ('NGOCHOI', 78, 16, 0, 0),
    ('SCT', 45, 30, 0, 0),
    ('BQLKKT', 53, 10, 0, 0),
    ('DAKTO', 47, 23, 0, 0),
    ('SYT', 25, 20, 0, 0),
    ('SATHAY', 43, 26, 0, 0),
    ('TUMORONG', 52, 33, 0, 0),
    ('STP', 24, 15, 0, 0)
  ) as v(code, level1, level2, level3, level4)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

-- 2015 Q1 figures of the drafts: some sections complete, some partial, some empty.
insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan, lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids, has_backup, printers, scanners, it_staff)
select r.id, 85, 78, 76, 50, 2, true, 2014, 12, true, false, false, false, 25, 3, 1 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'STC' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent, staff_using_free_mail)
select r.id, 59, 50, true, 51, 21 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'STC' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into eoffice_adoption (report_id, deployed, deployed_since, active_users, interconnected, digital_signatures)
select r.id, true, date '2012-10-01', 51, true, false from status_report r join unit u on u.id = r.unit_id
 where u.code = 'STC' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into public_services (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'STC' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, has_lan, lan_upgraded_year)
select r.id, 110, 88, 80, true, 2014 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SNNPTNT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into email_adoption (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SNNPTNT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into eoffice_adoption (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SNNPTNT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into public_services (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SNNPTNT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into infrastructure_inventory (report_id, staff_count, pcs)
select r.id, 75, 60 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SGTVT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into email_adoption (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SGTVT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into eoffice_adoption (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SGTVT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into public_services (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SGTVT' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan, lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids, has_backup, printers, scanners, it_staff)
select r.id, 160, 120, 110, 45, 1, true, 2014, 6, false, false, false, false, 35, 2, 1 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'KONRAY' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent, staff_using_free_mail)
select r.id, 64, 29, false, 11, 88 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'KONRAY' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into eoffice_adoption (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'KONRAY' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into public_services (report_id)
select r.id from status_report r join unit u on u.id = r.unit_id
 where u.code = 'KONRAY' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan, lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids, has_backup, printers, scanners, it_staff)
select r.id, 90, 70, 63, 30, 1, true, 2014, 8, false, false, false, false, 24, 2, 1 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SVHTTDL' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent, staff_using_free_mail)
select r.id, 63, 28, false, 14, 50 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SVHTTDL' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into eoffice_adoption (report_id, deployed, active_users, incoming_docs, incoming_docs_electronic, outgoing_docs, outgoing_docs_electronic, interconnected, digital_signatures)
select r.id, true, 54, 1098, 597, 456, 91, false, false from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SVHTTDL' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
insert into public_services (report_id, level1, level2, level3, level4)
select r.id, 49, 5, 0, 0 from status_report r join unit u on u.id = r.unit_id
 where u.code = 'SVHTTDL' and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

-- Review comments and notes.
insert into report_comment (report_id, kind, author, created_at, body)
select r.id, v.kind, v.author, v.created_at, v.body
  from (values
    ('STP', 'SUBMIT', 'unit-stp', timestamp with time zone '2015-04-09 16:05:00+07:00', 'Đơn vị mua bổ sung bản quyền phần mềm diệt virus cho toàn bộ máy tính của Văn phòng Sở trong quý I.'),
    ('STP', 'RETURN', 'itstaff', timestamp with time zone '2015-04-13 10:15:00+07:00', 'Số máy tính cài phần mềm diệt virus có bản quyền tăng từ 20 lên 36 máy (+80%) so với năm 2014 nhưng đơn vị chưa gửi tài liệu kiểm chứng. Đề nghị kiểm tra lại số liệu và đính kèm hợp đồng hoặc biên bản bàn giao bản quyền phần mềm.'),
    ('DAKTO', 'SUBMIT', 'unit-dakto', timestamp with time zone '2015-04-09 11:45:00+07:00', 'Số máy tính tăng 10 máy do được cấp từ Đề án hiện đại hóa hành chính năm 2015.'),
    ('SNV', 'APPROVE', 'itstaff', timestamp with time zone '2015-04-10 15:05:00+07:00', 'Số liệu đầy đủ, khớp với biên bản kiểm kê tài sản quý I/2015.')
  ) as v(code, kind, author, created_at, body)
  join unit u on u.code = v.code
  join status_report r on r.unit_id = u.id and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);

-- Deadline extensions for Q1.
insert into deadline_extension (unit_id, period_id, extended_to, reason, granted_by, granted_at)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1), v.extended_to, v.reason, 'itstaff', v.granted_at
  from (values
    ('TUMORONG', date '2015-04-25', 'UBND huyện đề nghị tại Công văn số 112/UBND-VP ngày 08/4/2015: đường truyền Internet của huyện bị gián đoạn kéo dài.', timestamp with time zone '2015-04-09 10:00:00+07:00'),
    ('KONPLONG', date '2015-04-30', 'Cán bộ phụ trách CNTT của huyện đi tập huấn tại Hà Nội; huyện đề nghị gia hạn đến cuối tháng 4.', timestamp with time zone '2015-04-10 08:30:00+07:00')
  ) as v(code, extended_to, reason, granted_at)
  join unit u on u.code = v.code;
