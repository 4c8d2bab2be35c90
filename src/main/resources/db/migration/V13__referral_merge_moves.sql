-- The services feature remembers itself which referrals a merge of two records moved, to move
-- them back if the merge is undone; the registry no longer touches the referral tables (it
-- announces merges, unmerges and removals as events). Until now the registry kept them as
-- person_merge_item rows of kind REFERRAL: they move here.
create table referral_merge_move (
    merge_id     bigint not null,
    referral_id  bigint not null references referral (id),
    primary key (merge_id, referral_id)
);
create index referral_merge_move_referral on referral_merge_move (referral_id);

insert into referral_merge_move (merge_id, referral_id)
    select merge_id, item_id from person_merge_item
    where kind = 'REFERRAL' and item_id in (select id from referral);
delete from person_merge_item where kind = 'REFERRAL';
