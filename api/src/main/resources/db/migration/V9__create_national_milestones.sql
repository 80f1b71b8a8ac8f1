-- National targets of the Strategy on Gender Equality 2021-2030 (Resolution 28/NQ-CP, 3 March
-- 2021) for 2025 and 2030, per city indicator, shown beside the city's yearly targets. Admins add
-- the other indicators' milestones from the resolution's text.
create table national_milestone (
    indicator_code  varchar(16)  not null references indicator (code),
    milestone_year  integer      not null check (milestone_year between 2021 and 2030),
    comparator      varchar(4)   not null check (comparator in ('GE', 'GT', 'LE', 'LT', 'TRUE')),
    target_value    numeric(20, 6),
    note_vi         text,
    source          text         not null,
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(255) not null default 'migration',
    primary key (indicator_code, milestone_year),
    check ((comparator = 'TRUE') = (target_value is null))
);

insert into national_milestone (indicator_code, milestone_year, comparator, target_value, note_vi, source) values
('1.1', 2025, 'GE', 60, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('1.1', 2030, 'GE', 75, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.1', 2025, 'GE', 50, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.1', 2030, 'GE', 60, 'khoảng 60 %', 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.2', 2025, 'LT', 30, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.2', 2030, 'LT', 25, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.3', 2025, 'GE', 27, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)'),
('2.3', 2030, 'GE', 30, null, 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030)');
