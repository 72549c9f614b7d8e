-- DEMO DATA ONLY. Units' requests for a later deadline in 2015 Q1 (due 10/04/2015), for the staff's work queue on the
-- demo date (20/04/2015): two pending (SXD and DAKGLEI, not started) and one refused (SNGV, not started).
-- Rows are found by unit code and period (year, kind, seq), never by id.
insert into extension_request (unit_id, period_id, requested_to, reason, requested_by, requested_at, state,
                               pending_unit_id)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1),
       v.requested_to, v.reason, 'unit-' || lower(u.code), v.requested_at, 'PENDING', u.id
  from (values
    ('SXD', date '2015-05-08', 'Cán bộ phụ trách công nghệ thông tin của Sở nghỉ ốm từ 06/4/2015; Sở đề nghị gia hạn để tổng hợp số liệu.', timestamp with time zone '2015-04-14 09:30:00+07:00'),
    ('DAKGLEI', date '2015-05-05', 'Đường truyền Internet của huyện bị gián đoạn do mưa bão, chưa gửi được số liệu từ các xã.', timestamp with time zone '2015-04-17 15:10:00+07:00')
  ) as v(code, requested_to, reason, requested_at)
  join unit u on u.code = v.code;

insert into extension_request (unit_id, period_id, requested_to, reason, requested_by, requested_at, state,
                               decided_by, decided_at, refusal)
select u.id, (select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1),
       date '2015-05-30', 'Đơn vị đang kiện toàn bộ phận văn thư.', 'unit-sngv',
       timestamp with time zone '2015-04-13 10:00:00+07:00', 'REFUSED', 'itstaff',
       timestamp with time zone '2015-04-15 08:45:00+07:00',
       'Quá thời hạn tổng hợp báo cáo quý của tỉnh (05/5/2015); đề nghị đơn vị nộp trước 30/4/2015.'
  from unit u where u.code = 'SNGV';
