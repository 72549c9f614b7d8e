-- DEMO DATA ONLY. Plan 263/KH-UBND was issued on 10/02/2015: its issue moment, which its frozen figures are dated by
-- (the demo data has no issuing action that would have recorded it).
update plan set issued_at = timestamp with time zone '2015-02-10 08:00:00+07:00'
 where number = '263/KH-UBND' and plan_year = 2015 and issued_at is null;
