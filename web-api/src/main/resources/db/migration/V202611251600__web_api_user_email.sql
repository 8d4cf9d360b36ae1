-- Where a user's notifications are emailed; users without an address are told in-app only.
ALTER TABLE msc.platform_user ADD COLUMN email varchar(254);
