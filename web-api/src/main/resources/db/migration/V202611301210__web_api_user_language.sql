-- The language an account's pages and emails are in ('en' or 'zh-CN', the clinic's Simplified Chinese); NULL
-- follows the browser's Accept-Language on pages and English in emails.
ALTER TABLE msc.platform_user ADD COLUMN language varchar(10) CHECK (language IN ('en', 'zh-CN'));
