-- 2015 Q1: when returning STP's report, the reviewer also commented on the field it was returned for.
insert into report_comment (report_id, kind, author, created_at, body, field_key)
select r.id, 'NOTE', 'itstaff', timestamp with time zone '2015-04-13 10:12:00+07:00',
       'Tăng từ 20 lên 36 máy: đề nghị đính kèm hợp đồng hoặc biên bản bàn giao bản quyền phần mềm diệt virus.',
       'pcsAntivirus'
  from status_report r join unit u on u.id = r.unit_id
 where u.code = 'STP'
   and r.period_id = (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1);
