-- recon: an open review item names the two children its records belong to in the run that opened it, so that the
-- flags of those children can say that a pending decision may change them.
ALTER TABLE review_item ADD COLUMN child_a VARCHAR(16);
ALTER TABLE review_item ADD COLUMN child_b VARCHAR(16);
