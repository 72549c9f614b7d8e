-- Days off of 2015 and 2016 beyond the fixed national holidays (Tết and the Hùng Kings' day, lunar dates).
insert into holiday (holiday_date, name) values
(date '2015-02-16', 'Tết Ất Mùi'), (date '2015-02-17', 'Tết Ất Mùi'), (date '2015-02-18', 'Tết Ất Mùi'),
(date '2015-02-19', 'Tết Ất Mùi'), (date '2015-02-20', 'Tết Ất Mùi'), (date '2015-02-23', 'Tết Ất Mùi'),
(date '2015-02-24', 'Tết Ất Mùi'), (date '2015-04-28', 'Giỗ Tổ Hùng Vương'),
(date '2016-02-08', 'Tết Bính Thân'), (date '2016-02-09', 'Tết Bính Thân'), (date '2016-02-10', 'Tết Bính Thân'),
(date '2016-02-11', 'Tết Bính Thân'), (date '2016-02-12', 'Tết Bính Thân'), (date '2016-04-18', 'Giỗ Tổ Hùng Vương');

-- The demo's periods with the decree's cut-off windows; Q1 2015 (due 10/04) keeps a grace until 30/04, so that on
-- the demo date (20/04/2015) the late units can still submit and entry closes by itself on 01/05.
update reporting_period set cutoff_from = date '2013-12-15', cutoff_to = date '2014-12-14'
 where period_year = 2014 and kind = 'ANNUAL';
update reporting_period set cutoff_from = date '2014-12-15', cutoff_to = date '2015-12-14'
 where period_year = 2015 and kind = 'ANNUAL';
update reporting_period set cutoff_from = date '2014-12-15', cutoff_to = date '2015-03-14', grace_days = 20
 where period_year = 2015 and kind = 'QUARTERLY' and seq = 1;
update reporting_period set cutoff_from = date '2015-03-15', cutoff_to = date '2015-06-14'
 where period_year = 2015 and kind = 'QUARTERLY' and seq = 2;
update reporting_period set cutoff_from = date '2015-06-15', cutoff_to = date '2015-09-14'
 where period_year = 2015 and kind = 'QUARTERLY' and seq = 3;
update reporting_period set cutoff_from = date '2015-09-15', cutoff_to = date '2015-12-14'
 where period_year = 2015 and kind = 'QUARTERLY' and seq = 4;
