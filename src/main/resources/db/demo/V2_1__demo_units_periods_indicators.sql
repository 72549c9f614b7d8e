-- DEMO DATA ONLY. Kon Tum's units in February 2015 (domain.md §6.1): the province at the root,
-- 20 provincial bodies and 9 district-level People's Committees that report (the "29 units"),
-- and Văn phòng Đoàn ĐBQH và HĐND tỉnh, which runs eOffice but is outside the 29.

insert into unit (code, name, short_name, kind, gso_code, valid_from, active, reporting, sort_order)
values ('KONTUM', 'Ủy ban nhân dân tỉnh Kon Tum', 'UBND tỉnh Kon Tum', 'PROVINCE', '62', date '1991-08-12', true, false, 0);
update unit set path = '/' || cast(id as varchar(20)) || '/', level = 0 where code = 'KONTUM';

insert into unit (code, name, short_name, kind, gso_code, parent_id, valid_from, active, reporting, sort_order) values
('VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'VAN_PHONG', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 1),
('SNV', 'Sở Nội vụ', 'Sở Nội vụ', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 2),
('STP', 'Sở Tư pháp', 'Sở Tư pháp', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 3),
('SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 4),
('STC', 'Sở Tài chính', 'Sở Tài chính', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 5),
('SCT', 'Sở Công Thương', 'Sở Công Thương', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 6),
('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 7),
('SGTVT', 'Sở Giao thông vận tải', 'Sở GTVT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 8),
('SXD', 'Sở Xây dựng', 'Sở Xây dựng', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 9),
('STNMT', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 10),
('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 11),
('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 12),
('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTT&DL', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 13),
('SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 14),
('SGDDT', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 15),
('SYT', 'Sở Y tế', 'Sở Y tế', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 16),
('TTT', 'Thanh tra tỉnh', 'Thanh tra tỉnh', 'THANH_TRA', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 17),
('SNGV', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'SO', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 18),
('BDT', 'Ban Dân tộc', 'Ban Dân tộc', 'BAN', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 19),
('BQLKKT', 'Ban Quản lý Khu kinh tế tỉnh', 'BQL Khu kinh tế', 'BAN', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 20),
('TPKONTUM', 'Ủy ban nhân dân thành phố Kon Tum', 'UBND TP Kon Tum', 'UBND_THANH_PHO', '608', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 21),
('DAKGLEI', 'Ủy ban nhân dân huyện Đắk Glei', 'UBND huyện Đắk Glei', 'UBND_HUYEN', '610', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 22),
('NGOCHOI', 'Ủy ban nhân dân huyện Ngọc Hồi', 'UBND huyện Ngọc Hồi', 'UBND_HUYEN', '611', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 23),
('DAKTO', 'Ủy ban nhân dân huyện Đắk Tô', 'UBND huyện Đắk Tô', 'UBND_HUYEN', '612', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 24),
('KONPLONG', 'Ủy ban nhân dân huyện Kon Plông', 'UBND huyện Kon Plông', 'UBND_HUYEN', '613', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 25),
('KONRAY', 'Ủy ban nhân dân huyện Kon Rẫy', 'UBND huyện Kon Rẫy', 'UBND_HUYEN', '614', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 26),
('DAKHA', 'Ủy ban nhân dân huyện Đắk Hà', 'UBND huyện Đắk Hà', 'UBND_HUYEN', '615', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 27),
('SATHAY', 'Ủy ban nhân dân huyện Sa Thầy', 'UBND huyện Sa Thầy', 'UBND_HUYEN', '616', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 28),
('TUMORONG', 'Ủy ban nhân dân huyện Tu Mơ Rông', 'UBND huyện Tu Mơ Rông', 'UBND_HUYEN', '617', (select id from unit where code = 'KONTUM'), date '2008-04-01', true, true, 29),
('VPDDBQH', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh', 'VAN_PHONG', null, (select id from unit where code = 'KONTUM'), date '2008-04-01', true, false, 30);

update unit set path = (select p.path from unit p where p.id = unit.parent_id) || cast(id as varchar(20)) || '/', level = 1
 where parent_id is not null;

-- One demo unit administrator per unit: unit-<code in lower case>, password KonTum@2015.
insert into app_user (username, password_hash, full_name, email, role, unit_id, enabled)
select 'unit-' || lower(code), '{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae',
       'Quản trị ' || short_name, 'unit-' || lower(code) || '@example.invalid', 'UNIT_ADMIN', id, true
  from unit where code <> 'KONTUM';

-- Reporting periods: the 2014 annual report (closed; it feeds plan 263's "Hiện trạng"), the 2015 annual
-- report and the four quarters of 2015.
insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open) values
(2014, 'ANNUAL',    1, date '2014-01-01', date '2014-12-31', date '2015-01-15', false),
(2015, 'ANNUAL',    1, date '2015-01-01', date '2015-12-31', date '2016-01-15', true),
(2015, 'QUARTERLY', 1, date '2015-01-01', date '2015-03-31', date '2015-04-10', true),
(2015, 'QUARTERLY', 2, date '2015-04-01', date '2015-06-30', date '2015-07-10', true),
(2015, 'QUARTERLY', 3, date '2015-07-01', date '2015-09-30', date '2015-10-10', true),
(2015, 'QUARTERLY', 4, date '2015-10-01', date '2015-12-31', date '2016-01-10', true);

-- The indicator catalogue (domain.md §4).
insert into indicator (code, name_vi, name_en, unit_of_measure, definition, aggregation, valid_from_year, sort_order) values
('HT01', 'Tỷ lệ máy tính trên cán bộ, công chức, viên chức', 'Computers per civil servant', 'máy/người', 'Số máy tính đang sử dụng ÷ số CBCCVC.', 'RATIO', 2013, 10),
('HT02', 'Tỷ lệ CBCCVC được trang bị máy tính', 'Share of civil servants with a computer', '%', 'Số CBCCVC có máy tính ÷ số CBCCVC (ước tính bằng min(máy tính, CBCCVC)).', 'RATIO', 2013, 20),
('HT03', 'Tỷ lệ máy tính kết nối Internet băng rộng', 'Share of computers with broadband Internet', '%', 'Số máy tính kết nối Internet ÷ số máy tính.', 'RATIO', 2013, 30),
('HT04', 'Tỷ lệ đơn vị có mạng nội bộ (LAN)', 'Units with a LAN', 'đơn vị', 'Số đơn vị có mạng LAN hoạt động / số đơn vị.', 'COUNT_UNITS', 2013, 40),
('HT05', 'Số máy chủ', 'Number of servers', 'máy', 'Tổng số máy chủ (vật lý và ảo) của các đơn vị.', 'SUM', 2013, 50),
('HT06', 'Băng thông Internet bình quân trên CBCCVC', 'Internet bandwidth per civil servant', 'kbps/người', 'Tổng băng thông Internet (quy đổi kbps) ÷ số CBCCVC.', 'RATIO', 2013, 60),
('HT07', 'Tỷ lệ đơn vị kết nối mạng truyền số liệu chuyên dùng', 'Units on the dedicated government network', 'đơn vị', 'Số đơn vị kết nối mạng truyền số liệu chuyên dùng / số đơn vị.', 'COUNT_UNITS', 2013, 70),
('HT08', 'Tỷ lệ máy tính cài phần mềm diệt virus có bản quyền', 'Share of computers with licensed antivirus', '%', 'Số máy tính có phần mềm diệt virus bản quyền ÷ số máy tính.', 'RATIO', 2013, 80),
('HT09', 'Tỷ lệ đơn vị có giải pháp an toàn thông tin cấp hệ thống', 'Units with system-level security', 'đơn vị', 'Số đơn vị có tường lửa, IDS/IPS hoặc sao lưu dự phòng / số đơn vị.', 'COUNT_UNITS', 2013, 90),
('NL01', 'Tỷ lệ cán bộ chuyên trách CNTT', 'Share of dedicated IT staff', '%', 'Số cán bộ chuyên trách CNTT ÷ số CBCCVC.', 'RATIO', 2013, 100),
('UD01', 'Tỷ lệ CBCCVC được cấp hộp thư điện tử công vụ', 'Civil servants with an official mailbox', '%', 'Số hộp thư công vụ đã cấp ÷ số CBCCVC.', 'RATIO', 2013, 110),
('UD02', 'Tỷ lệ đơn vị sử dụng thư điện tử công vụ thường xuyên', 'Units using official e-mail regularly', 'đơn vị', 'Số đơn vị sử dụng thư điện tử công vụ thường xuyên để gửi, nhận văn bản / số đơn vị.', 'COUNT_UNITS', 2013, 120),
('UD03', 'Tỷ lệ văn bản được xử lý dưới dạng điện tử', 'Share of documents handled electronically', '%', 'Số văn bản đi, đến xử lý trên môi trường mạng ÷ tổng số văn bản đi, đến.', 'RATIO', 2013, 130),
('UD04', 'Tỷ lệ đơn vị triển khai phần mềm quản lý văn bản và điều hành (eOffice)', 'Units running eOffice', 'đơn vị', 'Số đơn vị đã đưa eOffice vào sử dụng / số đơn vị.', 'COUNT_UNITS', 2013, 140),
('UD05', 'Tỷ lệ đơn vị liên thông văn bản điện tử', 'Units interconnected for e-document exchange', 'đơn vị', 'Số đơn vị có eOffice liên thông với đơn vị khác / số đơn vị.', 'COUNT_UNITS', 2013, 150),
('DV02', 'Số dịch vụ công trực tuyến mức độ 1', 'Online public services at level 1', 'dịch vụ', 'Tổng số dịch vụ công trực tuyến mức độ 1 (NĐ 43/2011/NĐ-CP).', 'SUM', 2013, 160),
('DV03', 'Số dịch vụ công trực tuyến mức độ 2', 'Online public services at level 2', 'dịch vụ', 'Tổng số dịch vụ công trực tuyến mức độ 2.', 'SUM', 2013, 170),
('DV04', 'Số dịch vụ công trực tuyến mức độ 3', 'Online public services at level 3', 'dịch vụ', 'Tổng số dịch vụ công trực tuyến mức độ 3.', 'SUM', 2013, 180),
('DV05', 'Số dịch vụ công trực tuyến mức độ 4', 'Online public services at level 4', 'dịch vụ', 'Tổng số dịch vụ công trực tuyến mức độ 4.', 'SUM', 2013, 190);
