-- SPDX-License-Identifier: GPL-3.0-or-later
-- The bundled dataset: Azerbaijan–Cambodia relations, 1995–2022.
--
-- Every fact below comes from one report, kept in shared/sources/:
--   Vugar Khalilov, Azernews, 6 June 2022 (no headline in the received text), citing the Foreign
--   Ministry of Azerbaijan; its 2021 trade figure cites the UN COMTRADE database.
-- Each event quotes the sentence it rests on. Nothing is invented: where the report gives no
-- date the event is undated, and where a year is not written but follows from the report's date
-- the event says so in date_note.
--
-- The country table is filled from iso-codes before this script runs; the writer fills
-- date_lower/date_upper from the EDTF dates and the full-text index from titles and summaries.

INSERT INTO meta (key, value) VALUES
    ('title', 'Azerbaijan–Cambodia relations, 1995–2022'),
    ('description', 'Every event is taken from the Azernews report of 6 June 2022 by Vugar Khalilov and quotes the sentence it rests on.'),
    ('synthetic', '0'),
    -- Every event here was read against the report by a person. A database without this key
    -- (imported, generated) shows its events as not checked.
    ('checked', '1');

INSERT INTO topic (id, slug, name, colour) VALUES
    (1, 'diplomatic-relations', 'Diplomatic relations', '#1f77b4'),
    (2, 'visits', 'Visits', '#ff7f0e'),
    (3, 'consultations', 'Consultations', '#2ca02c'),
    (4, 'visas', 'Visas', '#d62728'),
    (5, 'agreements', 'Agreements', '#9467bd'),
    (6, 'demining', 'Demining', '#8c564b'),
    (7, 'international-organisations', 'International organisations', '#17becf'),
    (8, 'trade', 'Trade', '#bcbd22'),
    (9, 'media', 'Media reports', '#7f7f7f');

INSERT INTO event_type (code, scheme, name) VALUES
    ('033', 'cameo', 'Express intent to provide material aid'),
    ('040', 'cameo', 'Consult'),
    ('042', 'cameo', 'Make a visit'),
    ('043', 'cameo', 'Host a visit'),
    ('046', 'cameo', 'Engage in negotiation'),
    ('054', 'cameo', 'Grant diplomatic recognition'),
    ('057', 'cameo', 'Sign formal agreement'),
    ('073', 'cameo', 'Provide humanitarian aid'),
    ('074', 'cameo', 'Provide military protection or peacekeeping'),
    ('entente:chairmanship', 'entente', 'Chairmanship of an organisation'),
    ('entente:conference', 'entente', 'International conference'),
    ('entente:report', 'entente', 'Media report'),
    ('entente:trade-observation', 'entente', 'Trade observation');

INSERT INTO source (id, publisher, title, author, published, url, cites) VALUES
    (1, 'Azernews',
     'Azernews report on the Azerbaijan–Cambodia visa exemption for diplomatic passports',
     'Vugar Khalilov', '2022-06-06', NULL, 'Foreign Ministry of Azerbaijan');

INSERT INTO actor (id, name, kind, country_id, description) VALUES
    (1, 'Hun Sen', 'person', (SELECT id FROM country WHERE alpha3 = 'KHM'), 'Prime Minister of Cambodia'),
    (2, 'Elnur Mammadov', 'person', (SELECT id FROM country WHERE alpha3 = 'AZE'), 'Deputy Foreign Minister of Azerbaijan'),
    (3, 'Chem Widhya', 'person', (SELECT id FROM country WHERE alpha3 = 'KHM'), 'Cambodian counterpart of the Deputy Foreign Minister of Azerbaijan'),
    (4, 'Somathy Prak', 'person', (SELECT id FROM country WHERE alpha3 = 'KHM'), 'Secretariat chief of the Cambodian Mine Action Centre'),
    (5, 'Cambodian Mine Action Centre', 'organisation', (SELECT id FROM country WHERE alpha3 = 'KHM'), NULL),
    (6, 'Japan International Cooperation Agency (JICA)', 'organisation', (SELECT id FROM country WHERE alpha3 = 'JPN'), NULL),
    (7, 'Non-Aligned Movement (NAM)', 'organisation', NULL, NULL),
    (8, 'Association of Southeast Asian Nations (ASEAN)', 'organisation', NULL, NULL),
    (9, 'Foreign Ministry of Azerbaijan', 'organisation', (SELECT id FROM country WHERE alpha3 = 'AZE'), NULL),
    (10, 'Foreign Ministry of Cambodia', 'organisation', (SELECT id FROM country WHERE alpha3 = 'KHM'), NULL),
    (11, 'Azernews', 'organisation', (SELECT id FROM country WHERE alpha3 = 'AZE'), NULL);

-- 1. Diplomatic relations, 2 February 1995.
INSERT INTO event (id, title, summary, date, type_code) VALUES
    (1, 'Diplomatic relations established',
     'Azerbaijan and Cambodia established diplomatic relations.',
     '1995-02-02', '054');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (1, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (1, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (1, 1);
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (1, 1, 'Azerbaijan and Cambodia established diplomatic relations on February 2, 1995.',
     NULL);

-- 2. Hun Sen's visit, 23–24 April 2014. The sentence conflicts with the rest of the report.
INSERT INTO event (id, title, summary, date, type_code) VALUES
    (2, 'Prime Minister Hun Sen visits Azerbaijan',
     'Cambodian Prime Minister Hun Sen visited Azerbaijan.',
     '2014-04-23/2014-04-24', '042');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (2, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'visitor'),
    (2, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'host');
INSERT INTO event_topic (event_id, topic_id) VALUES (2, 2);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (2, 1, 'visitor');
INSERT INTO citation (event_id, source_id, quote, cites, note) VALUES
    (2, 1, 'The three rounds of the bilateral consultations were followed by Cambodian Prime Minister Hun Sen’s visit to Azerbaijan on April 23-24, 2014.',
     NULL,
     'Conflict in the source: this sentence places three rounds of consultations before April 2014, but the same report dates the third round to June 1 (2022). The visit''s date is kept as stated; the order of the consultations is not guessed.'),
    (2, 1, 'Both sides reviewed the bilateral ties and exchanged views on regional and international issues while setting up a roadmap for future cooperation to advance ties in potential areas of common interest.',
     NULL,
     'The report does not say which meeting this sentence describes. It follows the sentence on the 2014 visit, so it is recorded here; it may as well describe the consultations of June 1 (2022).');

-- 3–4. The first two rounds of consultations: the report gives no date for either.
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (3, 'First round of foreign-ministry consultations',
     'The first of the bilateral consultations between the Foreign Ministries of Azerbaijan and Cambodia.',
     NULL,
     'The report gives this round no date. It only orders it: the meeting of June 1 (2022) was the third round, and Widhya spoke of “the two previous meetings”. (Another sentence places three rounds before April 2014, which conflicts with that.)',
     '040'),
    (4, 'Second round of foreign-ministry consultations',
     'The second of the bilateral consultations between the Foreign Ministries of Azerbaijan and Cambodia.',
     NULL,
     'The report gives this round no date. It only orders it: the meeting of June 1 (2022) was the third round, and Widhya spoke of “the two previous meetings”. (Another sentence places three rounds before April 2014, which conflicts with that.)',
     '040');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (3, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (3, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party'),
    (4, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (4, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (3, 3), (4, 3);
INSERT INTO event_actor (event_id, actor_id, role) VALUES
    (3, 9, 'party'), (3, 10, 'party'), (4, 9, 'party'), (4, 10, 'party');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (3, 1, 'Widhya thanked Mammadov for the hospitality, reminding him that the two previous meetings were also held in an atmosphere of cordial friendship and mutual commitment to further enhancing the relations between the two nations.',
     NULL),
    (4, 1, 'Widhya thanked Mammadov for the hospitality, reminding him that the two previous meetings were also held in an atmosphere of cordial friendship and mutual commitment to further enhancing the relations between the two nations.',
     NULL);

-- 5. The demining conference in Baku, April (2022).
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (5, 'Baku conference “Humanitarian de-mining and sustainable development goals”',
     'An international conference on humanitarian demining held in Baku. Somathy Prak of the Cambodian Mine Action Centre spoke on its sidelines.',
     '2022-04',
     'The report says “held in April”; the year 2022 follows from the report''s date (6 June 2022). No day is given.',
     'entente:conference');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (5, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (5, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (5, 6);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (5, 4, 'speaker');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (5, 1, 'Cambodia is willing to assist the demining of Azerbaijani liberated territories, in collaboration with the Japan International Cooperation Agency (JICA), said Somathy Prak, secretariat chief of the Cambodian Mine Action Centre, on the sidelines of the international conference "Humanitarian de-mining and sustainable development goals" held in April, in Baku.',
     NULL);

-- 6. Cambodia's offer to help demine, made at that conference.
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (6, 'Cambodia offers to assist demining in Azerbaijan, with JICA',
     'Cambodia is willing to assist the demining of Azerbaijan''s liberated territories in collaboration with the Japan International Cooperation Agency (JICA), said Somathy Prak, secretariat chief of the Cambodian Mine Action Centre.',
     '2022-04',
     'Said on the sidelines of the conference “held in April”; the year 2022 follows from the report''s date (6 June 2022). No day is given.',
     '033');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (6, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party'),
    (6, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (6, 6);
INSERT INTO event_actor (event_id, actor_id, role) VALUES
    (6, 4, 'speaker'), (6, 5, 'party'), (6, 6, 'partner');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (6, 1, 'Cambodia is willing to assist the demining of Azerbaijani liberated territories, in collaboration with the Japan International Cooperation Agency (JICA), said Somathy Prak, secretariat chief of the Cambodian Mine Action Centre, on the sidelines of the international conference "Humanitarian de-mining and sustainable development goals" held in April, in Baku.',
     'Somathy Prak, Cambodian Mine Action Centre');

-- 7. Third round of consultations, Baku, 1 June (2022).
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (7, 'Third round of foreign-ministry consultations, Baku',
     'Deputy Foreign Minister Elnur Mammadov and his Cambodian counterpart Chem Widhya reviewed bilateral relations and the potential for cooperation in political, economic, humanitarian and other spheres. Mammadov informed his colleague about the regional post-conflict situation and the progress of demining Azerbaijan’s liberated regions. The parties discussed cooperation within international organisations, including Azerbaijan’s chairmanship of the Non-Aligned Movement and Cambodia’s chairmanship of ASEAN.',
     '2022-06-01',
     'The report says “on June 1”; the year 2022 follows from the report''s date (6 June 2022). Conflict in the source: another sentence places three rounds of consultations before Hun Sen''s visit of April 2014; this round is dated as the report''s account of the meeting gives it.',
     '040');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (7, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (7, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (7, 3), (7, 6), (7, 7);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (7, 2, 'participant'), (7, 3, 'participant');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (7, 1, 'As part of the third round of bilateral consultations between the Foreign Ministries of the two countries on June 1, in Baku, Azerbaijani Deputy Foreign Minister Elnur Mammadov and his Cambodian counterpart Chem Widhya inked an agreement on visa exemption for holders of diplomatic passports, the report added.',
     'Foreign Ministry of Azerbaijan'),
    (7, 1, 'During the meeting, the parties reviewed the present condition of bilateral relations, as well as the potential for extending and growing cooperation in political, economic, humanitarian, and other spheres.',
     NULL),
    (7, 1, 'Mammadov informed his colleague about the regional post-conflict situation, the progress of demining Azerbaijan’s liberated regions, and restoration and building activities carried out in these lands.',
     NULL);

-- 8. The visa-exemption agreement, signed at that meeting.
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (8, 'Visa exemption for holders of diplomatic passports signed',
     'Elnur Mammadov and Chem Widhya signed an agreement on visa exemption for holders of diplomatic passports; Azerbaijan and Cambodia cancelled visa requirements for diplomats.',
     '2022-06-01',
     'The report says “on June 1”; the year 2022 follows from the report''s date (6 June 2022).',
     '057');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (8, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (8, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (8, 4), (8, 5);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (8, 2, 'signatory'), (8, 3, 'signatory');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (8, 1, 'As part of the third round of bilateral consultations between the Foreign Ministries of the two countries on June 1, in Baku, Azerbaijani Deputy Foreign Minister Elnur Mammadov and his Cambodian counterpart Chem Widhya inked an agreement on visa exemption for holders of diplomatic passports, the report added.',
     'Foreign Ministry of Azerbaijan'),
    (8, 1, 'Azerbaijan and Cambodia have canceled visa requirements for diplomats, Azernews reports, citing the Foreign Ministry.',
     'Foreign Ministry of Azerbaijan');

-- 9–10. Chairmanships current on 1 June 2022; the report gives neither start nor end.
INSERT INTO event (id, title, summary, date, attested_on, date_note, type_code) VALUES
    (9, 'Azerbaijan chairs the Non-Aligned Movement',
     'Azerbaijan’s chairmanship of the Non-Aligned Movement (NAM), discussed at the consultations of June 1 (2022).',
     NULL, '2022-06-01',
     'Current on June 1 (2022), when it was discussed; the report gives neither its start nor its end.',
     'entente:chairmanship'),
    (10, 'Cambodia chairs ASEAN',
     'Cambodia’s chairmanship of the Association of Southeast Asian Nations (ASEAN), discussed at the consultations of June 1 (2022).',
     NULL, '2022-06-01',
     'Current on June 1 (2022), when it was discussed; the report gives neither its start nor its end.',
     'entente:chairmanship');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (9, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'chair'),
    (10, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'chair');
INSERT INTO event_topic (event_id, topic_id) VALUES (9, 7), (10, 7);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (9, 7, 'organisation'), (10, 8, 'organisation');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (9, 1, 'The parties also discussed prospects for cooperation between the two countries within the framework of international organizations, including Azerbaijan’s chairmanship in the Non-Aligned Movement (NAM), and Cambodia’s chairmanship in the Association of Southeast Asian Nations (ASEAN).',
     NULL),
    (10, 1, 'The parties also discussed prospects for cooperation between the two countries within the framework of international organizations, including Azerbaijan’s chairmanship in the Non-Aligned Movement (NAM), and Cambodia’s chairmanship in the Association of Southeast Asian Nations (ASEAN).',
     NULL);

-- 11. The report itself.
INSERT INTO event (id, title, summary, date, date_note, type_code) VALUES
    (11, 'Azernews reports the visa exemption for diplomats',
     'Azernews (Vugar Khalilov) reports, citing the Foreign Ministry of Azerbaijan, that Azerbaijan and Cambodia have cancelled visa requirements for diplomats. This report is the source of every event in this dataset.',
     '2022-06-06',
     'The report''s publication date, 6 June 2022, as its publication details give it; the text itself states no date.',
     'entente:report');
INSERT INTO event_country (event_id, country_id, role) VALUES
    (11, (SELECT id FROM country WHERE alpha3 = 'AZE'), 'party'),
    (11, (SELECT id FROM country WHERE alpha3 = 'KHM'), 'party');
INSERT INTO event_topic (event_id, topic_id) VALUES (11, 9);
INSERT INTO event_actor (event_id, actor_id, role) VALUES (11, 11, 'publisher');
INSERT INTO citation (event_id, source_id, quote, cites) VALUES
    (11, 1, 'Azerbaijan and Cambodia have canceled visa requirements for diplomats, Azernews reports, citing the Foreign Ministry.',
     'Foreign Ministry of Azerbaijan');

-- Observation: Azerbaijan's imports from Cambodia in 2021.
INSERT INTO observation (id, indicator, reporter_id, partner_id, period, period_lower, period_upper, value, unit, note) VALUES
    (1, 'Imports of goods',
     (SELECT id FROM country WHERE alpha3 = 'AZE'), (SELECT id FROM country WHERE alpha3 = 'KHM'),
     '2021', 0, 0, 2200000, 'US$',
     'As rounded in the report: “$2.2 million”.');
INSERT INTO citation (observation_id, source_id, quote, cites) VALUES
    (1, 1, 'In 2021, Azerbaijan imported goods worth $2.2 million from Cambodia, according to the United Nations COMTRADE database on international trade.',
     'United Nations COMTRADE database');
