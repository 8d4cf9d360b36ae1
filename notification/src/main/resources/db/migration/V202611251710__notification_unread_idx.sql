-- The bell on every UI page counts the user's unread notifications.
CREATE INDEX notification_unread_idx ON msc.notification (recipient) WHERE read_at IS NULL;
