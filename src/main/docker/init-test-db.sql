-- Runs once, when the db container starts on an empty volume: the database the tests use.
create database itplan_test;
