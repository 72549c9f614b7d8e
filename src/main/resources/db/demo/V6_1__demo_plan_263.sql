-- DEMO DATA ONLY. Kon Tum's plan 263/KH-UBND of 10/02/2015 as the seed gives it: metadata, its 11 legal
-- bases in the seed's order, sections I and II with the seed's text (footnote markers dropped), plus
-- plausible 2015 targets and tasks that are NOT from the document (demo = true; tasks say so in their note).

insert into plan (number, title, plan_year, issue_date, effective_date, issuer, signer, signer_title, fields, status,
                  baseline_period_id)
values ('263/KH-UBND',
        'Kế hoạch ứng dụng và phát triển công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2015',
        2015, date '2015-02-10', date '2015-02-10', 'UBND tỉnh Kon Tum', 'Lại Xuân Lâm',
        'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', 'Công nghệ thông tin, Bộ máy hành chính', 'ISSUED',
        (select id from reporting_period where period_year = 2014 and kind = 'ANNUAL' and seq = 1));

-- I. Căn cứ lập Kế hoạch, in the seed's order
insert into plan_legal_basis (plan_id, legal_document_id, position)
select p.id, d.id, x.pos
  from plan p
  join (select '67/2006/QH11' as num, 1 as pos union all
        select '51/2005/QH11', 2 union all
        select '64/2007/NĐ-CP', 3 union all
        select '1605/QĐ-TTg', 4 union all
        select '465/QĐ-UBND', 5 union all
        select '1388/QĐ-UBND', 6 union all
        select '686/QĐ-UBND', 7 union all
        select '03/2011/CT-UBND', 8 union all
        select '170/QĐ-UBND', 9 union all
        select '2016/BTTTT-THH', 10 union all
        select '1635/VP-VX', 11) x on 1 = 1
  join legal_document d on d.number = x.num
 where p.number = '263/KH-UBND' and p.plan_year = 2015;

-- Sections: I and II at the top, II's children, then 3.1 and 3.2 under 3.
insert into plan_section (plan_id, parent_id, heading, title, body, position) values
((select id from plan where number = '263/KH-UBND' and plan_year = 2015), null, 'I.', 'Căn cứ lập Kế hoạch', null, 1),
((select id from plan where number = '263/KH-UBND' and plan_year = 2015), null, 'II.',
 'Hiện trạng ứng dụng CNTT trong hoạt động của cơ quan nhà nước', null, 2);

insert into plan_section (plan_id, parent_id, heading, title, body, position) values
((select id from plan where number = '263/KH-UBND' and plan_year = 2015),
 (select s.id from plan_section s join plan p on p.id = s.plan_id
   where p.number = '263/KH-UBND' and p.plan_year = 2015 and s.heading = 'II.'),
 '1.', 'Môi trường pháp lý',
 'Nhận thức được tầm quan trọng của việc ứng dụng công nghệ thông tin trong quản lý, chỉ đạo điều hành phát triển kinh tế xã hội, an ninh quốc phòng, thời gian qua UBND tỉnh Kon Tum đã ban hành nhiều văn bản làm cơ sở pháp lý cho việc thúc đẩy phát triển ứng dụng công nghệ thông tin (CNTT) trên địa bàn tỉnh.',
 1),
((select id from plan where number = '263/KH-UBND' and plan_year = 2015),
 (select s.id from plan_section s join plan p on p.id = s.plan_id
   where p.number = '263/KH-UBND' and p.plan_year = 2015 and s.heading = 'II.'),
 '2.', 'Hạ tầng kỹ thuật',
 '- Trong năm 2014 được sự quan tâm của UBND tỉnh, các đơn vị đã tiến hành triển khai nâng cấp hệ thống mạng LAN
- Trang thiết bị hạ tầng CNTT cơ bản mới chỉ đảm bảo mức độ tối thiểu cho hoạt động ứng dụng CNTT trong hoạt động của các sở ban ngành, UBND các huyện, thành phố. Việc bố trí kinh phí trang bị mới, bổ sung, nâng cấp hạ tầng kỹ thuật, hệ thống mạng nội bộ (mạng LAN, máy chủ, máy tính cá nhân), đường truyền và thiết bị kết nối internet, các thiết bị thiết yếu khác phục vụ cho nhu cầu ứng dụng công nghệ thông tin và hoạt động văn phòng (máy in, máy scanner, máy photocopy ...) trong các đơn vị còn hạn chế.
- Hạ tầng bảo đảm an toàn an ninh thông tin của các đơn vị chưa được chú trọng, các đơn vị chủ yếu trang bị phần mềm diệt virus cho các máy tính riêng lẻ, chưa có hệ thống đảm bảo an toàn an ninh cho toàn hệ thống mạng.',
 2),
((select id from plan where number = '263/KH-UBND' and plan_year = 2015),
 (select s.id from plan_section s join plan p on p.id = s.plan_id
   where p.number = '263/KH-UBND' and p.plan_year = 2015 and s.heading = 'II.'),
 '3.', 'Ứng dụng Công nghệ thông tin trong hoạt động nội bộ tại các cơ quan nhà nước', null, 3);

insert into plan_section (plan_id, parent_id, heading, title, body, position) values
((select id from plan where number = '263/KH-UBND' and plan_year = 2015),
 (select s.id from plan_section s join plan p on p.id = s.plan_id
   where p.number = '263/KH-UBND' and p.plan_year = 2015 and s.heading = '3.'),
 '3.1.', 'Tình hình sử dụng hệ thống thư điện tử',
 '- Văn phòng UBND tỉnh đã cung cấp thư điện tử công vụ cho cán bộ lãnh đạo tỉnh và các sở ngành, UBND các huyện, thành phố. Các đơn vị đã chuyển sang sử dụng hộp thư công vụ của Chính phủ. Tuy nhiên việc trao đổi văn bản bằng thư điện tử giữa các đơn vị còn rất nhiều hạn chế. Ngày 07/6/2013, UBND tỉnh có Văn bản số 1117/UBND-VX về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan hành chính nhà nước trên địa bàn tỉnh. Tình hình sử dụng hộp thư điện tử công vụ trong công tác có sự chuyển biến tích cực, tuy nhiên vẫn còn hạn chế. Đến nay khoảng 60% đơn vị sử dụng hộp thư điện tử thường xuyên phục vụ công tác. Ngày 18/6/2014, UBND tỉnh về tiếp tục ban hành Văn bản 1475/UBND-VX về việc đẩy mạnh công tác triển khai thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.
- Mặc dù đã có Quyết định số 22/2009/QĐ-UBND ngày 18/3/2009 của UBND tỉnh về việc ban hành quy định về quản lý, sử dụng hệ thống thư điện trong các cơ quan hành chính trên địa bàn tỉnh; Chỉ thị số 15/CT-TTg ngày 22/5/2012 của Thủ tướng Chính phủ về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước. Tuy nhiên các đơn vị cũng chưa quan tâm, nghiêm túc thực hiện sử dụng triệt để thư điện tử công vụ để gửi và nhận văn bản, phần lớn các đơn vị mới sử dụng để gửi một số văn bản, chưa sử dụng thường xuyên hộp thư công vụ để gửi và nhận văn bản đảm bảo theo quy định, việc hạn chế số lượng thư điện tử được chính phủ cấp cho địa phương dẫn đến các cán bộ, công chức, viên chức chủ yếu sử dụng các hộp thư điện tử được cung cấp miễn phí như gmail, yahoo ...',
 1),
((select id from plan where number = '263/KH-UBND' and plan_year = 2015),
 (select s.id from plan_section s join plan p on p.id = s.plan_id
   where p.number = '263/KH-UBND' and p.plan_year = 2015 and s.heading = '3.'),
 '3.2.', 'Tình hình sử dụng phần mềm văn phòng điện tử - eOffice',
 '- Đến nay trên địa bàn toàn tỉnh đã triển khai cài đặt, hỗ trợ, hướng dẫn và đưa vào sử dụng phần mềm quản lý văn bản và điều hành - eOffice được 29/29 đơn vị; triển khai thêm cho Văn phòng Đoàn đại biểu QH và HĐND tỉnh. Thực hiện kết nối thí điểm liên thông phần mềm văn phòng điện tử eOffice và hướng dẫn sử dụng cho các cán bộ văn thư, quản trị mạng cho các đơn vị.
- Việc sử dụng phần mềm hỗ trợ điều hành và quản lý văn bản eOffice nhằm áp dụng cho việc xử lý công văn đi, đến tại các đơn vị. Hầu hết các đơn vị đều có chung nhận xét, đánh giá việc ứng dụng phần niềm đã đi vào hoạt động có nề nếp và có hiệu quả tiết kiệm được thời gian, văn phòng phẩm, lưu trữ, tìm kiếm văn bản tiện lợi, thuận tiện trong việc trao đổi thông tin, công việc, quản lý, chỉ đạo điều hành.',
 2);

-- Plausible 2015 targets (demo values, not from the document).
insert into plan_target (plan_id, indicator_id, baseline_value, target_value, note, demo)
select p.id, i.id, x.baseline, x.target_value, x.note, true
  from plan p
  join (select 'UD04' as code, cast(29 as numeric(18, 4)) as baseline, cast(29 as numeric(18, 4)) as target_value,
               '29/29 đơn vị duy trì eOffice; mở rộng liên thông văn bản' as note union all
        select 'UD02', cast(17 as numeric(18, 4)), cast(24 as numeric(18, 4)), '24/29 đơn vị (hiện khoảng 60% đơn vị)' union all
        select 'UD03', cast(30 as numeric(18, 4)), cast(60 as numeric(18, 4)), 'Theo mục tiêu Quyết định 1605/QĐ-TTg' union all
        select 'HT03', cast(85 as numeric(18, 4)), cast(95 as numeric(18, 4)), null union all
        select 'HT09', cast(0 as numeric(18, 4)), cast(10 as numeric(18, 4)), '10 đơn vị có tường lửa hoặc sao lưu dự phòng') x on 1 = 1
  join indicator i on i.code = x.code
 where p.number = '263/KH-UBND' and p.plan_year = 2015;

-- A few tasks of the appendix (demo values, marked in their note).
insert into plan_task (plan_id, name, goal, lead_unit_id, start_date, end_date, budget, funding_source, status,
                       progress, note, position)
select p.id, x.name, x.goal, u.id, x.start_date, x.end_date, x.budget, x.funding_source, x.status, x.progress,
       'Dữ liệu mẫu: nhiệm vụ và kinh phí giả định, không lấy từ Kế hoạch 263/KH-UBND.', x.pos
  from plan p
  join (select 1 as pos, 'Nâng cấp mạng LAN và trang bị tường lửa cho các sở, ban, ngành' as name,
               'Nâng cấp mạng nội bộ, trang bị thiết bị tường lửa cho 10 đơn vị cấp tỉnh' as goal, 'STTTT' as lead,
               date '2015-03-01' as start_date, date '2015-11-30' as end_date, cast(2500000000 as bigint) as budget,
               'PROVINCIAL' as funding_source, 'IN_PROGRESS' as status, 30 as progress union all
        select 2, 'Mở rộng liên thông phần mềm quản lý văn bản và điều hành eOffice',
               'Liên thông văn bản điện tử giữa 29 đơn vị và Văn phòng UBND tỉnh', 'STTTT',
               date '2015-04-01', date '2015-12-31', cast(1200000000 as bigint), 'PROVINCIAL', 'PLANNED', 0 union all
        select 3, 'Đào tạo, tập huấn sử dụng thư điện tử công vụ và eOffice',
               'Tập huấn cho cán bộ văn thư, quản trị mạng và lãnh đạo các đơn vị', 'STTTT',
               date '2015-05-01', date '2015-09-30', cast(290000000 as bigint), 'CENTRAL', 'PLANNED', 0 union all
        select 4, 'Xây dựng dịch vụ công trực tuyến mức độ 3 tại Bộ phận một cửa',
               'Cung cấp một số thủ tục hành chính trực tuyến mức độ 3 theo Quyết định 170/QĐ-UBND', 'VPUBND',
               date '2015-06-01', date '2015-12-31', cast(1800000000 as bigint), 'PROVINCIAL', 'PLANNED', 0 union all
        select 5, 'Triển khai chữ ký số cho lãnh đạo các đơn vị',
               'Cấp chứng thư số và hướng dẫn ký số văn bản điện tử', 'STTTT',
               date '2015-03-01', date '2015-06-30', cast(150000000 as bigint), 'OTHER', 'DONE', 100) x on 1 = 1
  join unit u on u.code = x.lead
 where p.number = '263/KH-UBND' and p.plan_year = 2015;

insert into plan_task_unit (task_id, unit_id)
select t.id, u.id
  from plan_task t
  join plan p on p.id = t.plan_id
  join (select 1 as pos, 'STC' as code union all
        select 1, 'SKHDT' union all
        select 2, 'VPUBND' union all
        select 3, 'SNV' union all
        select 4, 'STTTT' union all
        select 4, 'SNV') x on x.pos = t.position
  join unit u on u.code = x.code
 where p.number = '263/KH-UBND' and p.plan_year = 2015;
