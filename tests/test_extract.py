"""Tests for dipevents._extract: the rules that turn one sentence's mentions into events.

Each test states one general rule with a sentence written for it.
"""

from __future__ import annotations

import pytest

from dipevents import parse


def _events(text: str, published: str | None = "2024-01-17"):
    return parse(text, published=published).events


def _one(text: str, kind: str, published: str | None = "2024-01-17"):
    found = [e for e in _events(text, published) if e.kind == kind]
    assert len(found) == 1, _events(text, published)
    return found[0]


def _countries(event, first, second):
    a, b = getattr(event, first), getattr(event, second)
    return (a.country if a else None, b.country if b else None)


class TestVisit:
    @pytest.mark.parametrize(
        ("text", "visitor", "host"),
        [
            ("Indian Prime Minister Narendra Modi visited Japan on Monday.", "IND", "JPN"),
            ("The Chinese foreign minister arrived in Brasilia for talks.", "CHN", "BRA"),
            ("Egypt hosted Sudanese President Omar al-Bashir in Cairo.", "SDN", "EGY"),
            ("Putin's visit to Turkey was short.", "RUS", "TUR"),
            ("The IAEA dispatched inspectors to Iran.", None, "IRN"),
            ("Kenyan President William Ruto met Ethiopian officials in Addis Ababa.", "KEN", "ETH"),
        ],
    )
    def test_who_visits_whom(self, text, visitor, host):
        """Active, motion, host, noun, envoy and meeting frames give visitor and host."""
        assert _countries(_one(text, "visit"), "visitor", "host") == (visitor, host)

    def test_domestic_trip_is_no_visit(self):
        """A trip inside one's own country is not a visit."""
        assert _events("Japanese Prime Minister Fumio Kishida visited Tokyo on Monday.") == ()

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("Russian Foreign Minister Sergei Lavrov will visit Pyongyang next week.", "planned"),
            ("Vietnam invited Brazilian President Lula to visit Hanoi.", "invited"),
            ("Kim Jong Un to visit Russia", "planned"),
        ],
    )
    def test_status(self, text, status):
        """Modality and invitations set the status."""
        assert _one(text, "visit").status == status

    def test_troops_arriving_are_no_visit(self):
        """Deployments are not visits."""
        assert _events("Russian troops arrived in Belarus for drills.") == ()

    @pytest.mark.parametrize(
        ("text", "visitor", "host"),
        [
            # people named by what they are: no country is known, the visit is kept
            ("A Tibetan delegation is touring Rome, Madrid and Lisbon this week.", None, "ITA"),
            ("Experts from the IAEA nuclear watchdog arrived in Tehran on Sunday.", None, "IRN"),
            ("A team of inspectors will arrive in Caracas on Friday.", None, "VEN"),
            # sending envoys is a visit by the sender, with or without a destination
            ("The secretary-general decided to send a team to Moldova for a week.", None, "MDA"),
            ("Cuba said it will send a delegation on Monday.", "CUB", None),
            (
                "Brazil dispatched two envoys to Ghana with a letter from the president.",
                "BRA",
                "GHA",
            ),
            # guests named by what they are, or by whom they come from
            ("Ireland has invited three leaders of the rebel alliance to Dublin.", None, "IRL"),
            ("Laos received a mission of monitors from the OSCE last week.", None, "LAO"),
            ("The OPCW was invited by Peru to inspect the site.", None, "PER"),
            # hosting a meeting with foreign guests
            ("Egypt will host a summit in Cairo with Jordan and Iraq on Sunday.", "JOR", "EGY"),
            # a title "of" an ambiguous country name
            ("The king of Jordan visited Tokyo in May.", "JOR", "JPN"),
            # where someone foreign speaks or attends
            (
                "Speaking in Nairobi, the Turkish foreign minister said talks would go on.",
                "TUR",
                "KEN",
            ),
            (
                "Speaking in Nairobi on Friday, where he had come for a summit, the Turkish"
                " foreign minister said talks would go on.",
                "TUR",
                "KEN",
            ),
            ("The UN secretary-general made his remarks in Lima on Tuesday.", None, "PER"),
            ("Ecuador will not attend the summit in Bogota next week.", "ECU", "COL"),
            # a trip that takes someone somewhere
            (
                "The Japanese prime minister began a tour that will take him to Lima and Quito.",
                "JPN",
                "PER",
            ),
            # a tour's later stops; another trip between the traveller and the verb
            (
                "The Nigerian president landed in Accra, the first stop of a tour that includes"
                " Lome.",
                "NGA",
                "GHA",
            ),
            (
                "Chile's president, who visited Lima in May, arrived in Quito on Monday.",
                "CHL",
                "PER",
            ),
            # a possessive state before an office; office-holders as guests
            ("Mali's foreign minister met senior Senegalese officials in Dakar.", "MLI", "SEN"),
            ("Ghana is hosting the presidents of Togo and Benin in Accra this week.", "TGO", "GHA"),
            # crossing into, flying on to; "before flying on" keeps the main subject
            ("The Kenyan president crossed into Uganda on Friday.", "KEN", "UGA"),
            (
                "The Indian premier met Thai ministers in Bangkok before flying on to Laos.",
                "IND",
                "THA",
            ),
            # the speaker of a trailing attribution is on the trip
            (
                "Japan will send more aid to Vietnam, Prime Minister Fumio Kishida said during a"
                " visit to Hanoi.",
                "JPN",
                "VNM",
            ),
            # received by the host; a list of visitors meeting abroad; a stop; expected in
            (
                "Chilean President Gabriel Boric was received at the palace by Emmanuel Macron.",
                "CHL",
                "FRA",
            ),
            ("The Malian and Nigerien presidents will meet in Accra on Sunday.", "NER", "GHA"),
            ("The Czech president arrived in Kyiv, days after a stop in Warsaw.", "CZE", "POL"),
            ("Qatar's emir is expected in Tehran next week.", "QAT", "IRN"),
            # headlines: a postponed visit, places in a list
            ("Egypt Postpones Visit by Israeli Delegation", "ISR", "EGY"),
            ("Erdogan welcomed in Cairo & Damascus on regional tour", "TUR", "SYR"),
            # regions: the visit has a location and no host
            ("The Canadian foreign minister's trip to Asia ended on Friday.", "CAN", None),
            ("Kenyan President William Ruto travelled through Southeast Asia in May.", "KEN", None),
            ("The Chilean president began a Gulf tour on Monday.", "CHL", None),
            (
                "The Chilean president set off on a tour of Central Asia, a region where"
                " Santiago has watched Chinese money grow.",
                "CHL",
                None,
            ),
        ],
    )
    def test_visitors_and_places_named_loosely(self, text, visitor, host):
        """Delegations, envoys sent, guests, hosted meetings, titles and regions."""
        found = [_countries(e, "visitor", "host") for e in _events(text) if e.kind == "visit"]
        assert (visitor, host) in found, (text, found)

    def test_the_one_allowed_to_visit_visits(self):
        """ "Peru will allow X to visit a southern Peruvian region": X visits Peru."""
        event = _one(
            "Peru will allow the exiled poet, a critic of the junta, to visit a southern Peruvian"
            " region next week.",
            "visit",
        )
        assert _countries(event, "visitor", "host") == (None, "PER")
        assert event.status == "planned"

    def test_allowed_to_visit_sites_of_the_allower(self):
        """ "Iran will allow IAEA inspectors to visit military sites": the sites are Iran's."""
        event = _one("Egypt will allow IAEA inspectors to visit two military sites.", "visit")
        assert _countries(event, "visitor", "host") == (None, "EGY")

    def test_a_tour_of_regional_capitals(self):
        event = _one(
            "The Japanese foreign minister began a tour of Gulf capitals on Sunday.", "visit"
        )
        assert (event.visitor.country, event.host, event.location.name) == (
            "JPN",
            None,
            "Gulf capitals",
        )

    @pytest.mark.parametrize(
        ("text", "visitor", "host"),
        [
            # an attribution between commas does not hide the subject before it
            (
                "The Ghanaian president crossed into Togo on Tuesday, officials said, ahead of a"
                " summit.",
                "GHA",
                "TGO",
            ),
            # the speaker after "Speaking in X after talks with Y,"
            (
                "Speaking in Lima after talks with his Peruvian counterpart, the Chilean foreign"
                " minister said trade would grow.",
                "CHL",
                "PER",
            ),
        ],
    )
    def test_subjects_around_commas(self, text, visitor, host):
        event = _one(text, "visit")
        assert _countries(event, "visitor", "host") == (visitor, host)

    @pytest.mark.parametrize(
        "text",
        [
            "Kenya said it was ready to lead a police mission to Haiti.",
            "The Omani minister held talks with Qatari officials on the war in Gaza.",
        ],
    )
    def test_deployments_and_topics_are_no_visits(self, text):
        assert [e for e in _events(text) if e.kind == "visit"] == []

    @pytest.mark.parametrize(
        ("text", "visitor", "host"),
        [
            ("Chavez Hosts Ahmadinejad in Caracas", "IRN", "VEN"),
            ("Putin Hosts Chirac, Schroeder for Iraq Summit", "DEU", "RUS"),
        ],
    )
    def test_undated_headlines(self, text, visitor, host):
        """Surnames alone in undated text; a bare comma list in a headline."""
        found = [_countries(e, "visitor", "host") for e in _events(text, None) if e.kind == "visit"]
        assert (visitor, host) in found, found

    @pytest.mark.parametrize(
        "text",
        [
            "Putin addressed Russian troops in Syria by video link on Tuesday.",
            "The Peruvian envoy left Lima for a tour aimed at talks between Chile and Bolivia.",
        ],
    )
    def test_remote_presence_and_topics_of_a_tour(self, text):
        found = [e for e in _events(text) if e.kind == "visit"]
        assert all(e.host is None or e.host.country not in {"SYR", "CHL", "BOL"} for e in found)

    def test_a_date_in_a_since_clause_is_not_the_visits(self):
        event = _one(
            "It is the Peruvian president's first trip to Chile since Bolivia recalled its envoy"
            " in May 2021.",
            "visit",
        )
        assert event.when is None

    def test_a_since_date_is_the_events(self):
        event = _one("Japan has provided aid to Iraq since 2003.", "transfer")
        assert event.when is not None
        assert event.when.start.year == 2003

    def test_he_is_the_person_named_before(self):
        """ "A senior Kenyan minister ... as he embarked on a trip": he is the minister."""
        event = _one(
            "A senior Kenyan minister said Somalia must act as he embarked on a trip to Ghana.",
            "visit",
        )
        assert _countries(event, "visitor", "host") == ("KEN", "GHA")

    def test_he_does_not_hide_a_state_named_after_it(self):
        """ "He noted that China supplies ...": China, not the one who notes."""
        event = _one("He noted that China supplies Laos with fuel.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("CHN", "LAO")

    def test_region_visit_keeps_the_region_as_location(self):
        visit = _one("The Canadian foreign minister's trip to Asia ended on Friday.", "visit")
        assert visit.location is not None
        assert (visit.location.name, visit.location.country) == ("Asia", None)

    @pytest.mark.parametrize(
        "text",
        [
            "A Chinese hospital ship called at Kingston on its tour of the Caribbean.",
            "The Indian president toured the flooded districts on a trip to the region.",
            "The national team arrived in Doha for the final.",
            "The government sent troops to the border region.",
        ],
    )
    def test_loose_rules_keep_their_traps(self, text):
        """Ships, anaphoric "the region", sports teams and troops stay out."""
        assert [e for e in _events(text) if e.kind == "visit"] == []


class TestTransfer:
    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            ("Iran supplied Russia with hundreds of drones.", "IRN", "RUS"),
            ("North Korea shipped artillery shells to Russia.", "PRK", "RUS"),
            ("Drones were delivered to Russia by Iran.", "IRN", "RUS"),
            ("Pyongyang-supplied missiles were used by Russia.", "PRK", "RUS"),
            ("Egypt bought fighter jets from France.", "FRA", "EGY"),
            ("China has been supplying Myanmar with radar systems.", "CHN", "MMR"),
            ("Kenya hit a Somali camp near Kismayo with U.S.-supplied missiles.", "USA", "KEN"),
        ],
    )
    def test_supplier_and_recipient(self, text, supplier, recipient):
        """Active, passive, compound and purchase frames."""
        assert _countries(_one(text, "transfer"), "supplier", "recipient") == (supplier, recipient)

    def test_quantity_goes_on_the_item(self):
        """ "more than 1,000 containers of munitions" is the item's quantity."""
        event = _one(
            "North Korea sent more than 1,000 containers of munitions to Russia.", "transfer"
        )
        [item] = event.items
        assert (str(item.quantity.value), item.quantity.qualifier) == ("1000", "more_than")

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            # the subject of a giving verb supplies the noun's goods; adjectives before a state
            ("Norway has promised to continue humanitarian aid to war-torn Yemen.", "NOR", "YEM"),
            ("Egypt pledged to resume fuel deliveries to neighbouring Libya.", "EGY", "LBY"),
            # "arming" a group is a transfer of weapons
            ("Qatar spent years arming rebel militias in Libya.", "QAT", None),
        ],
    )
    def test_looser_suppliers(self, text, supplier, recipient):
        found = [e for e in _events(text) if e.kind == "transfer"]
        assert found, text
        assert _countries(found[0], "supplier", "recipient") == (supplier, recipient)

    @pytest.mark.parametrize(
        ("text", "name", "category"),
        [
            ("Russia delivered the first Su-35 jets to Iran in May.", "Su-35 jets", "aircraft"),
            ("India received its second S-400 unit from Russia.", "S-400", "missile"),
            ("Japan will sell 20 F-35s to Poland.", "F-35s", "aircraft"),
        ],
    )
    def test_model_designations_are_items(self, text, name, category):
        """ "F-35", "Su-35 fighters", "S-400": a prefix, a number, an optional item noun."""
        event = _one(text, "transfer")
        assert [(i.name, i.category) for i in event.items][:1] == [(name, category)]

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            # the actor right before an -ing verb is its subject
            (
                "Satellite images showed Iranian tankers secretly shipping fuel to Syria.",
                "IRN",
                "SYR",
            ),
            # "to <place noun> of X": X receives
            (
                "India is sending relief supplies to flood-ravaged areas of Bangladesh.",
                "IND",
                "BGD",
            ),
            # rebels named by a demonym are not the state
            ("France supplied anti-tank missiles to Syrian rebels.", "FRA", None),
        ],
    )
    def test_slots_read_closer(self, text, supplier, recipient):
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    def test_alleged_bombers_are_people(self):
        assert [
            e
            for e in _events("Libya must hand over the alleged bombers to Scotland.")
            if e.kind == "transfer"
        ] == []

    @pytest.mark.parametrize(
        "text",
        [
            "Kenya asked for radar information held by the British army.",
            "The Peruvian banker was sent to Spain to face money laundering charges.",
            "The Chadian armed forces clashed with rebels near the border.",
        ],
    )
    def test_words_that_only_look_like_goods(self, text):
        """ "radar information", "money laundering", "armed forces" are not goods."""
        assert [e for e in _events(text) if e.kind == "transfer"] == []

    def test_an_ambiguous_state_name_after_a_transfer_verb(self):
        """ "not to sell Turkey F-35 jets": Turkey is the state."""
        event = _one("Lawmakers urged the Pentagon not to sell Turkey F-35 jets.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("USA", "TUR")

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            ("Gas flows from Norway to Poland through the new pipeline.", "NOR", "POL"),
            ("Qatar received the last of its Rafale fighters from France in May.", "FRA", "QAT"),
            (
                "Customs officers seized 20 tonnes of rifles at the port, in what they called a"
                " shipment from Belarus to Libya.",
                "BLR",
                "LBY",
            ),
            ("The World Bank approved $2 billion in financial support for Kenya.", None, "KEN"),
        ],
    )
    def test_more_transfer_wordings(self, text, supplier, recipient):
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    def test_goods_named_by_origin(self):
        """ "a shipment of Ukrainian wheat": Ukraine supplies; "Russian-made" would not."""
        found = _events("A shipment of 20,000 tonnes of Ukrainian wheat was delivered to Kenya.")
        assert ("UKR", "KEN") in [_countries(e, "supplier", "recipient") for e in found]

    def test_item_words_inside_a_name(self):
        """ "the World Food Programme" names a body, not food."""
        event = _one("Japan shipped rice to Haiti, the World Food Programme said.", "transfer")
        assert [i.name for i in event.items] == ["rice"]

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            (
                "The Chinese ambassador handed over 50,000 vaccine doses to Laos on Monday.",
                "CHN",
                "LAO",
            ),
            ("The European Union disbursed 2 billion euros to Moldova on Tuesday.", None, "MDA"),
            (
                "Chinese firms shipped 900 tonnes of nitrocellulose to Russia last year.",
                "CHN",
                "RUS",
            ),
        ],
    )
    def test_handed_over_disbursed_and_chemicals(self, text, supplier, recipient):
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    def test_envoys_and_goods_sent_together_are_a_transfer(self):
        event = _one(
            "The US sent a team of experts and 20 tonnes of food aid to Turkey.", "transfer"
        )
        assert _countries(event, "supplier", "recipient") == ("USA", "TUR")

    def test_designation_prefixes_that_name_other_things(self):
        assert (
            _events("Students at K-12 schools watched a T-20 match; flight MH-370 vanished.") == ()
        )

    def test_a_state_before_any_designation(self):
        event = _one(
            "Lawmakers urged the Pentagon not to sell Iran Hwasong-15 missiles.", "transfer"
        )
        assert _countries(event, "supplier", "recipient") == ("USA", "IRN")

    def test_money_named_before_goods_keeps_both_in_order(self):
        found = _events("Germany delivered tanks; France pledged $1 billion to Ukraine.")
        assert ("FRA", "UKR") in [_countries(e, "supplier", "recipient") for e in found]

    def test_ships_as_a_verb_and_as_a_noun(self):
        event = _one("Venezuela ships 90,000 barrels of oil a day to Cuba.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("VEN", "CUB")
        assert [
            e
            for e in _events("Two Iranian ships docked in Latakia with oil.")
            if e.kind == "transfer"
        ] == []

    def test_a_made_in_modifier_is_no_recipient(self):
        event = _one("Qatar has shipped French-made anti-tank missiles to rebels.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("QAT", None)

    def test_title_case_item_words(self):
        event = _one("Sweden Delivers First Gripen Fighters to South Africa", "transfer")
        assert _countries(event, "supplier", "recipient") == ("SWE", "ZAF")

    def test_supplies_as_a_noun(self):
        event = _one("He singled out Chinese oil supplies as a concern.", "transfer")
        assert event.supplier.country == "CHN"

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            ("Ghana says Togo would be safer if it bought Nigerian rifles.", "NGA", "TGO"),
            (
                "Chile admits that a deal is near and that it sold Peruvian fuel to Bolivia.",
                "CHL",
                "BOL",
            ),
        ],
    )
    def test_it_as_a_subject(self, text, supplier, recipient):
        """ "it" as a subject stands for the last state named as a subject before it (not a
        demonym, not a modifier, not the object of a preposition)."""
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            ("Kenya said its Chinese-supplied drones had struck the camp.", "CHN", "KEN"),
            ("Algeria flew 115 tonnes of aid to Libya on Wednesday.", "DZA", "LBY"),
        ],
    )
    def test_its_supplied_goods_and_aid_flown(self, text, supplier, recipient):
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    def test_a_people_as_recipient(self):
        """ "gave Afghans food": a people named by its plural is its state; an adjective
        before goods ("Iraqi tanks") is not."""
        event = _one("Japan gave Afghans food and tents.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("JPN", "AFG")

    @pytest.mark.parametrize(
        ("text", "recipient"),
        [
            ("Norway delivered food to 20,000 families in Kandahar.", "AFG"),
            ("Norway delivered food to villagers across Malawi.", "MWI"),
            ("Norway delivered food to Somali refugees in Kenya.", None),
            ("Norway delivered food to its soldiers in Mali.", None),
        ],
    )
    def test_people_helped_in_a_place(self, text, recipient):
        """Aid to people in a place goes to the place's state, unless the people are named
        as another state's; soldiers are not people helped."""
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == ("NOR", recipient)

    def test_a_standing_supplier(self):
        """ "X is the main source of oil for Y": an ongoing transfer."""
        event = _one("Algeria is the main source of gas for Tunisia.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("DZA", "TUN")
        assert event.status == "ongoing"

    @pytest.mark.parametrize(
        "text",
        [
            "Chile has overtaken Peru as Bolivia's biggest supplier of gas.",
            "Chile, which has overtaken Peru as the biggest supplier of gas to Bolivia, gained.",
            "Gas bought from Chile is now Bolivia's main source of fuel.",
        ],
    )
    def test_a_supplier_named_as_someones(self, text):
        """ "X has overtaken Y as Z's biggest supplier": X supplies Z."""
        found = [e for e in _events(text) if e.kind == "transfer"]
        assert ("CHL", "BOL") in [_countries(e, "supplier", "recipient") for e in found]

    def test_a_source_of_nothing_transferable(self):
        assert _events("Tourism is the main source of income for Nepal.") == ()

    def test_missiles_sent_that_strike_are_fired(self):
        """Projectiles "sent" that then strike were fired: a launch, not a delivery."""
        found = _events("The rockets, sent from Lebanon, struck a depot near Haifa.")
        assert [e.kind for e in found] == ["launch"]
        found = _events("Missiles sent by Iran to Russia struck a city in Ukraine.")
        assert "transfer" in [e.kind for e in found]
        found = _events("Iran sent missiles to Russia that struck a city in Ukraine.")
        assert [_countries(e, "supplier", "recipient") for e in found if e.kind == "transfer"] == [
            ("IRN", "RUS")
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Two cargo planes of wheat arrived in Aden from Oman on Monday.", [("OMN", "YEM")]),
            ("Four patrol boats have now arrived in Accra from Turkey.", [("TUR", "GHA")]),
            ("Four rockets landed in Haifa from Lebanon.", []),
            (
                "The first planes carrying aid from Oman and Qatar landed in Aden on Monday.",
                [("OMN", "YEM"), ("QAT", "YEM")],
            ),
        ],
    )
    def test_goods_that_arrive_from_a_state(self, text, expected):
        """Goods that arrive somewhere from a state were delivered there (not projectiles)."""
        found = [e for e in _events(text) if e.kind == "transfer"]
        assert [_countries(e, "supplier", "recipient") for e in found] == expected

    @pytest.mark.parametrize(
        ("text", "supplier"),
        [
            ("Peru took delivery on Monday of two Chilean-built patrol boats.", None),
            ("Peru took delivery of two patrol boats from Chile.", "CHL"),
        ],
    )
    def test_took_delivery(self, text, supplier):
        """Taking delivery is a delivery even when the seller goes unnamed; where the goods
        were built names no seller."""
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, "PER")

    def test_food_is_goods(self):
        event = _one("Kenya will send 2,000 tonnes of maize to Somalia next month.", "transfer")
        assert (_countries(event, "supplier", "recipient"), event.status) == (
            ("KEN", "SOM"),
            "planned",
        )

    def test_goods_named_by_a_pronoun(self):
        """ "buying rifles and supplying them to X": "them" are the rifles."""
        event = _one("Peru has been buying rifles and supplying them to Bolivia.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("PER", "BOL")
        assert [i.name for i in event.items] == ["rifles"]

    @pytest.mark.parametrize(
        "text",
        [
            "Chad moved into Niger on Friday, sending 900 troops and 40 armoured vehicles.",
            "Chad's space agency sent a destruct command to its new rocket on Friday.",
        ],
    )
    def test_not_what_was_sent(self, text):
        """Troops sent with their equipment are a deployment; what follows "to" is not what
        was sent."""
        assert [e for e in _events(text) if e.kind == "transfer"] == []

    @pytest.mark.parametrize(
        "text",
        [
            "If Iran sends drones to Russia, the bloc will respond.",
            "Peru warned Chile that if it sells jets to Bolivia, ties will suffer.",
            '"If Peru sends jets to Bolivia, it will escalate," a Chilean envoy said.',
        ],
    )
    def test_a_clause_opened_by_if_is_hypothetical(self, text):
        [event] = [e for e in _events(text) if e.kind == "transfer"]
        assert event.status == "hypothetical"

    def test_export_permits_are_no_transfer(self):
        assert _events("Ottawa lifted its freeze on new arms export permits for Riyadh.") == ()

    def test_coordinated_gerunds_share_their_subject(self):
        """ "Peru must stop appeasing Chile and selling it arms": Peru sells, to Chile ("it");
        "arms" after a pronoun is the goods, not a verb."""
        found = _events("Peru must stop appeasing Chile and selling it arms.")
        assert [_countries(e, "supplier", "recipient") for e in found] == [("PER", "CHL")]

    def test_armed_with(self):
        """ "a frigate armed with missiles": what it carries; "armed the rebels with" gives."""
        assert _events("A Peruvian frigate armed with missiles sailed into Valparaiso.") == ()
        event = _one("Peru armed the Bolivian army with rifles.", "transfer")
        assert event.supplier.country == "PER"

    def test_aid_suspended_with_an_amount(self):
        """A policy word before an amount in dollars still governs the aid after it."""
        assert _events("Norway suspended about $40 million in aid to Malawi on Monday.") == ()

    def test_troops_sent_with_relief_supplies(self):
        event = _one("Chad is sending 600 soldiers and relief supplies to Niger.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("TCD", "NER")

    @pytest.mark.parametrize(
        "text",
        [
            "Peru plans to fire two missiles into the sea, a test it could hold once Lima gives"
            " the order.",
            "The bloc will extend its cap on Iranian oil, a step meant to cut revenue without"
            " choking off supply.",
        ],
    )
    def test_no_transfer_here(self, text):
        """A verb with an object of its own does not reach back to goods before it; choking
        off supply is a policy."""
        assert [e for e in _events(text) if e.kind == "transfer"] == []

    @pytest.mark.parametrize(
        ("text", "supplier", "recipient"),
        [
            ("Qatar deposited $1 billion in Egypt's central bank on Monday.", "QAT", "EGY"),
            ("Peru's state oil company shipped crude to Chile last year.", "PER", "CHL"),
        ],
    )
    def test_deposits_and_state_companies(self, text, supplier, recipient):
        """Money deposited in a state's bank goes to that state; a state's company acts for
        it ("state" before "oil company" is no place)."""
        event = _one(text, "transfer")
        assert _countries(event, "supplier", "recipient") == (supplier, recipient)

    def test_who_sealed_a_sale(self):
        """ "Paris sealed the sale of jets to X": whoever seals a sale to another sells."""
        event = _one("Paris sealed the sale of 12 fighter jets to Peru on Monday.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("FRA", "PER")

    def test_promised_goods(self):
        """ "X promised Y $2 billion": a planned transfer; "its promised jets" describes them."""
        event = _one("Qatar promised Sudan $2 billion in loans on Monday.", "transfer")
        assert (_countries(event, "supplier", "recipient"), event.status) == (
            ("QAT", "SDN"),
            "planned",
        )
        found = _events("Chile handed over the last of its promised jets to Peru.")
        assert [e.status for e in found] == ["occurred"]

    def test_a_source_with_no_supplier_named(self):
        """A standing supply is told of someone: with no supplier found, no event."""
        assert _events("The fund remains the main source of aid for Yemen.") == ()

    def test_a_supply_cut_off(self):
        """ "cutting off a source of aid": a supply stopped, not one given."""
        assert (
            _events("Norway froze its budget support, cutting off a key source of aid for Malawi.")
            == ()
        )

    def test_armed_and_paid_by(self):
        """ "a militia, armed and paid by Iran,": Iran supplies; the militia is no state."""
        event = _one("A militia in the north, armed and paid by Iran, took the town.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("IRN", None)

    def test_money_pledged_to_buy_is_a_payment(self):
        """ "pledged $2bn to buy US jets": the jets are the transfer, not the money."""
        found = _events("Poland pledged $2bn to buy US fighter jets on Monday.")
        assert [_countries(e, "supplier", "recipient") for e in found] == [("USA", "POL")]

    def test_gerund_subject_in_a_place_phrase(self):
        """ "disappointed in China for allegedly selling oil": China sells."""
        event = _one(
            "Peru is angry with Chile for allegedly selling rifles to Bolivia.", "transfer"
        )
        assert _countries(event, "supplier", "recipient") == ("CHL", "BOL")

    def test_a_comma_alone_makes_no_list(self):
        """ "..., Ukraine is": a state after a comma is not one more recipient."""
        found = _events("While Belarus sells fuel to Poland, Ukraine is the main buyer of it.")
        assert [_countries(e, "supplier", "recipient") for e in found] == [("BLR", "POL")]

    def test_designation_like_names_are_not_items(self):
        assert _events("The G-20 met in Rome while COVID-19 spread; talks began.") == ()

    def test_in_exchange_for(self):
        """What came back fills in_exchange_for."""
        event = _one("North Korea sent shells to Russia in exchange for oil.", "transfer")
        assert [i.name for i in event.in_exchange_for] == ["oil"]

    @pytest.mark.parametrize(
        "text",
        [
            "The European Union suspended military aid to Niger.",
            "Greece banned ship-to-ship transfers of oil.",
            "Russian troops were sent to Belarus.",
            "Airbus delivered 63 jets to airlines in February.",
        ],
    )
    def test_not_transfers(self, text):
        """Policies, troops and deals between companies are not transfers."""
        assert [e for e in _events(text) if e.kind == "transfer"] == []

    def test_negated(self):
        """ "will not supply" is negated, never occurred."""
        assert (
            _one("Germany will not supply Taurus missiles to Ukraine.", "transfer").status
            == "negated"
        )


class TestApposedPlace:
    @pytest.mark.parametrize(
        ("text", "countries"),
        [
            ("Lula, in Beijing, Signs Trade Accords", [("BRA", "CHN")]),
            ("The Kenyan president, in Kampala, said the border would reopen.", [("KEN", "UGA")]),
            ("The talks, in Geneva, failed.", []),
            ("The Kenyan president, in Nairobi, said the border would reopen.", []),
        ],
    )
    def test_a_person_set_off_as_being_in_a_place(self, text, countries):
        """ "X, in Beijing, signs ...": X is in Beijing, a visit when X is foreign to it."""
        found = _events(text)
        assert [_countries(e, "visitor", "host") for e in found] == countries


class TestDelegationLedBy:
    @pytest.mark.parametrize(
        "text",
        [
            "Uganda hosted a delegation led by the Kenyan foreign minister on Monday.",
            "A delegation led by the Kenyan foreign minister arrived in Kampala on Monday.",
            "A delegation headed by Kenya's foreign minister arrived in Kampala on Monday.",
        ],
    )
    def test_the_leader_of_a_delegation_is_the_visitor(self, text):
        event = _one(text, "visit")
        assert _countries(event, "visitor", "host") == ("KEN", "UGA")


class TestHisTrip:
    def test_his_visit_is_the_last_person_named(self):
        """ "his visit to X": the trip of the last person named, known or not."""
        event = _one(
            "A remark from Jonas Pelt, made during his recent visit to Peru, drew protests.",
            "visit",
        )
        assert (event.visitor.name, event.visitor.country, event.host.country) == (
            "Jonas Pelt",
            None,
            "PER",
        )

    def test_his_visit_with_no_name_before_is_nobody(self):
        assert _events("The remark, made during his recent visit to Peru, drew protests.") == ()


class TestMoreVisitWords:
    @pytest.mark.parametrize(
        ("text", "visitor", "host"),
        [
            ("The Kenyan president flew into Kampala on Saturday.", "KEN", "UGA"),
            ("The Kenyan president's arrival in Kampala drew crowds.", "KEN", "UGA"),
            ("Uganda rolled out the red carpet for the Kenyan president.", "KEN", "UGA"),
            ("After two days of talks in Kampala, the Kenyan president left.", "KEN", "UGA"),
            (
                "The Kenyan president, speaking to reporters in Kampala, said talks went well.",
                "KEN",
                "UGA",
            ),
        ],
    )
    def test_visit_words(self, text, visitor, host):
        assert _countries(_one(text, "visit"), "visitor", "host") == (visitor, host)

    @pytest.mark.parametrize(
        ("text", "visits"),
        [
            ("Lula signed a trade deal with the Kenyan president in Nairobi.", [("BRA", "KEN")]),
            ("Kenya and Uganda signed a border deal in 2019.", []),
            (
                "The Chinese foreign minister began a swing through the region in Riyadh.",
                [("CHN", "SAU")],
            ),
        ],
    )
    def test_signed_in_a_place_and_a_swing(self, text, visits):
        """Signing something in a foreign place is being there; a swing through a region
        starts where it is said to."""
        found = [e for e in _events(text, published="2024-01-17") if e.kind == "visit"]
        assert [_countries(e, "visitor", "host") for e in found] == visits

    def test_a_welcomed_decision_is_no_guest(self):
        assert _events("Japan welcomed South Korea's decision to drop its lawsuit.") == ()


class TestNotVisits:
    @pytest.mark.parametrize(
        "text",
        [
            "The bloc invited Peru and Chile to join the trade pact on Monday.",
            "The first 300 Kenyan police officers landed in Haiti on Tuesday.",
        ],
    )
    def test_not_visits(self, text):
        """An invitation to join is not one to come; police sent on a mission are deployed."""
        assert [e for e in _events(text) if e.kind == "visit"] == []


class TestBeingThere:
    def test_were_both_in_a_foreign_capital(self):
        """ "X and Y were both in Z": each one foreign to Z is visiting it."""
        found = _events("Ruto and Lula were both in Kigali on Monday.", published="2024-05-06")
        assert sorted(_countries(e, "visitor", "host") for e in found) == [
            ("BRA", "RWA"),
            ("KEN", "RWA"),
        ]

    def test_a_state_in_its_own_capital_is_no_visit(self):
        assert _events("The Kenyan president was in Nairobi on Monday.") == ()


class TestEnvoysAndNeighbours:
    def test_sent_its_minister_to_its_troubled_neighbour(self):
        """Sending a minister is a visit by the sender; "its troubled neighbour" is the last
        state named outside the clause."""
        event = _one(
            "After a month of clashes with Sudan, Chad sent its foreign minister to its troubled"
            " neighbour on Monday.",
            "visit",
        )
        assert _countries(event, "visitor", "host") == ("TCD", "SDN")


class TestVisitEdges:
    @pytest.mark.parametrize(
        "text",
        [
            "Kenya sent 400 officers to Haiti as part of a mission to confront the armed gangs.",
            "The leaders held a virtual summit on Tuesday, hosted by Peru.",
        ],
    )
    def test_no_visit(self, text):
        """A mission "to confront" names a purpose, not a place; a virtual summit is hosted
        from afar."""
        assert [e for e in _events(text) if e.kind == "visit"] == []

    def test_a_visit_to_troops_is_a_visit(self):
        event = _one("The Kenyan president made a surprise visit to troops in Somalia.", "visit")
        assert _countries(event, "visitor", "host") == ("KEN", "SOM")

    def test_a_visit_before_a_call_in_another_clause(self):
        event = _one(
            "The Kenyan president, who visited Peru last month, spoke by telephone with Lima.",
            "visit",
        )
        assert _countries(event, "visitor", "host") == ("KEN", "PER")

    def test_an_interim_president_received(self):
        event = _one("Peru received Chile's interim president in Lima on Monday.", "visit")
        assert _countries(event, "visitor", "host") == ("CHL", "PER")


class TestReferencesInPractice:
    def test_we_is_the_speakers_side(self):
        event = _one(
            '"We will send a delegation to Lima next week," a senior Chilean official said.',
            "visit",
        )
        assert _countries(event, "visitor", "host") == ("CHL", "PER")

    def test_it_is_not_a_possessive(self):
        """ "X has notified Y's coast guard that it will launch": "it" is X."""
        event = _one(
            "North Korea has notified Japan's coast guard that it will launch a satellite.",
            "launch",
        )
        assert event.launcher.country == "PRK"

    def test_its_main_source(self):
        found = _events(
            "Chile has been supplying Peru's army with rifles, while Brazil remains its main"
            " source of fuel."
        )
        pairs = [_countries(e, "supplier", "recipient") for e in found if e.kind == "transfer"]
        assert ("BRA", "PER") in pairs

    def test_people_sheltering_in_a_place(self):
        event = _one(
            "Japan will provide $25 million in aid for refugees sheltering in Bangladesh.",
            "transfer",
        )
        assert _countries(event, "supplier", "recipient") == ("JPN", "BGD")

    def test_the_at_phrase_before_a_later_on(self):
        """The target of "fired at a site near the Iranian city of Isfahan, in response to
        Tehran's attack on Israel" is Iran: the "at" phrase comes first."""
        event = _one(
            "Israel fired missiles at a site near the Iranian city of Isfahan, in response to"
            " Tehran's attack on Israel.",
            "launch",
        )
        assert _countries(event, "launcher", "target") == ("ISR", "IRN")


class TestNotWhatItSeems:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            (
                "Peru ordered its ministry to deliver tents and food to villages in Cusco.",
                "transfer",
            ),
            (
                "Peru banned rice exports, a move that sent buyers scrambling for supplies.",
                "transfer",
            ),
            ("The striker unleashed a missile from 25 metres to send Peru through.", "transfer"),
            (
                "The rocket failed, forcing controllers to send a command and destroying the"
                " satellite.",
                "transfer",
            ),
            ("India joined the few states able to launch missiles on the move.", "launch"),
            ("Seoul saw no signs of an imminent missile launch by the North.", "launch"),
        ],
    )
    def test_no_event(self, text, kind):
        """A request, a delivery at home, a figure of speech, a later verb's goods, a
        capability, a prospect: none is the event its words suggest."""
        assert [e for e in _events(text) if e.kind == kind] == []

    @pytest.mark.parametrize(
        "text",
        [
            "Kyiv urged Canadian lawmakers to send more armoured vehicles.",
            "Lawmakers urged the Pentagon not to sell Turkey F-35 fighters.",
        ],
    )
    def test_a_request_is_hypothetical(self, text):
        [event] = [e for e in _events(text) if e.kind == "transfer"]
        assert event.status == "hypothetical"

    def test_it_after_a_ship(self):
        """ "seized a Panama-flagged vessel on suspicion that it transferred oil to X": "it" is
        the vessel, not the state that seized it (and a flag names no owner)."""
        event = _one(
            "Japan seized a Panama-flagged vessel on suspicion that it transferred oil to North"
            " Korea.",
            "transfer",
        )
        assert _countries(event, "supplier", "recipient") == (None, "PRK")

    def test_goods_before_a_relative_clause(self):
        event = _one("The artillery systems that Chile sold to Peru arrived on Monday.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("CHL", "PER")

    def test_an_expected_trip_told_again(self):
        """ "is expected in X ..., in what would be his fifth trip to the country": one
        planned visit."""
        found = _events(
            "The Kenyan president is expected in Kampala next week, officials said, in what would"
            " be his fifth trip to the country.",
            published="2024-03-04",
        )
        assert [(e.kind, e.status) for e in found] == [("visit", "planned")]


class TestHere:
    @pytest.mark.parametrize(
        "text",
        [
            "NAIROBI, Kenya -- The Ethiopian prime minister will visit here on Monday.",
            "Kenya protested to Uganda on the eve of a visit here by the Ethiopian prime minister.",
        ],
    )
    def test_here_is_the_dateline_or_the_state_the_sentence_is_about(self, text):
        event = _one(text, "visit")
        assert _countries(event, "visitor", "host") == ("ETH", "KEN")

    @pytest.mark.parametrize(
        "text",
        [
            "NAIROBI, March 3 (Reuters) - The Ethiopian prime minister arrived here on Monday.",
            "NAIROBI — The Ethiopian prime minister, on a visit here, said talks went well.",
        ],
    )
    def test_here_under_a_dateline_in_capitals(self, text):
        event = _one(text, "visit")
        assert _countries(event, "visitor", "host") == ("ETH", "KEN")

    def test_here_under_a_dateline_with_a_year(self):
        event = _one(
            "NAIROBI, Jan. 14, 2024 (Reuters) -- The Ethiopian prime minister arrived here on"
            " Monday.",
            "visit",
        )
        assert _countries(event, "visitor", "host") == ("ETH", "KEN")

    def test_here_is_not_the_visitors_own_country(self):
        assert _events("Kenya said the Kenyan prime minister will visit here on Monday.") == ()


class TestLaunch:
    def test_fired_at_a_target(self):
        """ "fired missiles at Israel": the target is set."""
        event = _one("Iran fired ballistic missiles at Israel on Tuesday.", "launch")
        assert _countries(event, "launcher", "target") == ("IRN", "ISR")

    def test_the_missile_it_fired(self):
        """ "the missile it fired": "it" is the state named as a subject before, not the
        demonym nearer to it."""
        found = _events(
            "While Iran has not tested it near Iraqi waters, the missile it fired over Turkey on"
            " Monday was new."
        )
        assert [(e.status, e.launcher.country) for e in found] == [
            ("negated", "IRN"),
            ("occurred", "IRN"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "North Korea fired two missiles toward the waters off the coast of Japan.",
            "North Korea fired a missile toward Japan on Sunday.",
        ],
    )
    def test_a_test_toward_a_country_or_the_sea_has_no_target(self, text):
        assert _one(text, "launch").target is None

    def test_a_carrier_rocket_as_subject_is_its_owners_launch(self):
        """ "A Chinese Long March rocket put Pakistan's satellite into orbit": China launched."""
        event = _one(
            "A Chinese Long March rocket put Pakistan's new satellite into orbit on Friday.",
            "launch",
        )
        assert event.launcher.country == "CHN"

    @pytest.mark.parametrize(
        ("text", "launcher", "target"),
        [
            ("Iran pounded Iraq's Kurdish region with dozens of missiles overnight.", "IRN", "IRQ"),
            ("Israel struck a Syrian air base with cruise missiles on Monday.", "ISR", "SYR"),
            ("Sudan bombarded the town with rockets on Friday.", "SDN", None),
        ],
    )
    def test_struck_with_missiles(self, text, launcher, target):
        """ "X pounded / struck Y with missiles": X launched them at Y."""
        event = _one(text, "launch")
        assert _countries(event, "launcher", "target") == (launcher, target)

    @pytest.mark.parametrize(
        "text",
        [
            "Iran showed a new engine for a ballistic missile during a ground test on Friday.",
            "Rebels fired rockets at the base, and Iraq responded with artillery fire.",
        ],
    )
    def test_tests_and_fire_of_something_else(self, text):
        """A ground test, artillery fire: no launch by the one who tested or fired."""
        found = [e for e in _events(text) if e.kind == "launch"]
        assert all(e.launcher is None for e in found)

    def test_struck_with_missiles_keeps_its_outcome_and_stateless_parties(self):
        event = _one("Hezbollah struck UNIFIL with rockets.", "launch")
        assert (event.launcher.name, event.target.name) == ("Hezbollah", "UNIFIL")
        event = _one("Russia struck Kyiv with missiles, most of which were intercepted.", "launch")
        assert event.outcome == "intercepted"

    def test_pounded_with_no_projectile(self):
        assert _events("The army pounded rebel positions with artillery.") == ()

    @pytest.mark.parametrize(
        ("text", "launcher"),
        [
            ("Space shuttle Atlantis lifted off on Tuesday.", "USA"),
            ("A Long March rocket lifted off on Tuesday.", "CHN"),
            ("A Falcon 9 rocket lifted off on Tuesday.", None),
        ],
    )
    def test_a_vehicle_only_one_state_flies(self, text, launcher):
        """With no launcher named, a vehicle flown by one state's programme names that state;
        one flown for many customers names none."""
        event = _one(text, "launch")
        assert (event.launcher.country if event.launcher else None) == launcher

    def test_a_space_launch_with_no_launcher_named(self):
        """A satellite put into orbit is a launch even when no state is named."""
        event = _one("An Ariane rocket put two satellites into orbit from Kourou.", "launch")
        assert (event.launcher, event.target) == (None, None)
        assert _events("The missile put the region on edge.") == ()

    def test_retaliated_with_missiles(self):
        event = _one("Russia retaliated overnight with Kalibr missiles on Odesa.", "launch")
        assert event.launcher.country == "RUS"

    def test_a_space_launch_has_no_target(self):
        event = _one(
            "Iran's satellite was launched aboard a Russian rocket, amid fears that Moscow could"
            " use it to spy on Ukraine.",
            "launch",
        )
        assert event.target is None

    def test_the_interceptor_is_not_the_launcher(self):
        """ "Peruvian air defences intercepted two missiles fired at Lima": Peru did not fire."""
        event = _one("Peruvian air defences intercepted two missiles fired at Lima.", "launch")
        assert _countries(event, "launcher", "target") == (None, "PER")

    def test_a_stateless_group_of_a_state(self):
        """ "fired by Yemen's Houthis": the group fired, not Yemen; but goods sent "to Yemen's
        Houthis" still go to Yemen."""
        event = _one("Saudi Arabia intercepted a missile fired by Yemen's Houthis.", "launch")
        assert event.launcher is None
        assert _one("Yemen's Houthis fired a missile at Israel.", "launch").launcher.country is None
        event = _one("Iran sent drones to Yemen's Houthis.", "transfer")
        assert _countries(event, "supplier", "recipient") == ("IRN", "YEM")

    def test_a_scrubbed_launch(self):
        event = _one("Nasa scrubbed the launch of its new moon rocket on Monday.", "launch")
        assert (event.launcher.country, event.status) == ("USA", "postponed")

    def test_the_by_of_a_later_verb_is_not_the_launcher(self):
        """ "a missile fired from Yemen toward Eilat was shot down by Israel": Israel shot it
        down; it was fired at Israel."""
        event = _one(
            "A missile fired from Yemen toward the port of Eilat was shot down by Israel.",
            "launch",
        )
        assert _countries(event, "launcher", "target") == (None, "ISR")

    def test_a_date_after_on_is_no_target_phrase(self):
        """ "fired it on Tuesday": "on" starts a date, and no target is looked for after it."""
        event = _one(
            "Iran fired the missile on Tuesday; it was a new type that could reach Iraqi bases.",
            "launch",
        )
        assert _countries(event, "launcher", "target") == ("IRN", None)

    @pytest.mark.parametrize(
        ("text", "target"),
        [
            ("Iran fired a missile at a depot used by militias near the town of Erbil.", "IRQ"),
            ("Iran fired a missile at a Kurdish base, wounding two Danish soldiers.", None),
        ],
    )
    def test_the_place_of_a_target(self, text, target):
        """The state of a place inside the "at" phrase is the target; past its comma, a state
        named is something else."""
        event = _one(text, "launch")
        assert _countries(event, "launcher", "target") == ("IRN", target)

    @pytest.mark.parametrize(
        ("text", "launcher"),
        [
            # the thing launched is the subject; who launched it may go unnamed
            ("A rocket was fired at the governor's convoy on Sunday.", None),
            (
                "Ghana's first weather satellite, which was launched on Monday, sent its first"
                " images.",
                "GHA",
            ),
            # an owner whose satellite rode someone else's rocket did not launch it
            (
                "Ghana's first weather satellite was launched on Monday aboard a Falcon 9 rocket.",
                None,
            ),
            # a state's own launch site
            (
                "A new weather satellite blasted off from the Sohae Space Center on Monday.",
                "PRK",
            ),
            ("A heavy rocket is scheduled to blast off from the coast on Friday.", None),
            # the owner of the subject vehicle launches, not a passenger's country
            (
                "A Chinese Long March rocket carrying a Pakistani astronaut reached orbit on"
                " Sunday.",
                "CHN",
            ),
        ],
    )
    def test_launched_thing_as_subject(self, text, launcher):
        event = _one(text, "launch")
        assert (event.launcher.country if event.launcher else None) == launcher

    @pytest.mark.parametrize(
        ("text", "launcher", "target"),
        [
            ("The Indian navy fired off a cruise missile from a destroyer on Monday.", "IND", None),
            ("Ghana condemns Togo's firing of a rocket across the border.", "TGO", None),
            ("Iran ordered missile strikes on Iraq on Sunday.", "IRN", "IRQ"),
        ],
    )
    def test_more_launch_words(self, text, launcher, target):
        """ "fired off", a condemned "firing of", "missile strikes" by someone named."""
        event = _one(text, "launch")
        assert _countries(event, "launcher", "target") == (launcher, target)

    def test_an_owner_does_not_reach_across_a_clause(self):
        """ "Gaza roads after rockets", "Iranian bases, but the latest missiles": no owner."""
        event = _one("Police closed Gaza roads after rockets fired at Israel.", "launch")
        assert _countries(event, "launcher", "target") == (None, "ISR")

    @pytest.mark.parametrize(
        ("text", "launcher", "target"),
        [
            ("Israel used cruise missiles to strike a Syrian air base on Sunday.", "ISR", "SYR"),
            (
                "Brazil's new VLM rocket was destroyed seconds after lift-off on Monday.",
                "BRA",
                None,
            ),
            ("India launched the Chandrayaan-3 lunar mission on Friday.", "IND", None),
        ],
    )
    def test_used_to_strike_lift_off_and_probes(self, text, launcher, target):
        event = _one(text, "launch")
        assert _countries(event, "launcher", "target") == (launcher, target)

    @pytest.mark.parametrize(
        "text", ["Iran is developing missiles to strike Israel.", "Kenya plans to strike a deal."]
    )
    def test_a_purpose_is_no_launch(self, text):
        """ "missiles to strike X" as a capability is no launch."""
        assert [e for e in _events(text) if e.kind == "launch"] == []

    def test_earlier_failed_attempts_do_not_make_this_launch_fail(self):
        event = _one(
            "Ghana put a weather satellite into orbit on Monday after two failed attempts.",
            "launch",
        )
        assert event.outcome == "success"

    def test_a_parenthetical_attribution_is_no_one_s_subject(self):
        """ "..., Japan's defence ministry said, the latest in a string of tests": Japan did
        not launch anything."""
        found = _events(
            "North Korea fired two missiles on Thursday, Japan's defence ministry said, the"
            " latest in a string of weapons tests."
        )
        assert {e.launcher.country for e in found if e.kind == "launch" and e.launcher} == {"PRK"}

    def test_a_launch_told_twice_in_one_sentence_is_one(self):
        found = _events(
            "A Chinese missile fired on Monday is believed to have exploded shortly after"
            " launch, officials said."
        )
        assert len([e for e in found if e.kind == "launch"]) == 1

    def test_a_long_name_between_launch_of_and_the_craft(self):
        event = _one(
            "NASA postponed the launch of the Deep Space Climate Observatory (DSCOVR)"
            " spacecraft on Sunday.",
            "launch",
        )
        assert event.status == "postponed"

    @pytest.mark.parametrize(
        ("text", "launcher", "target"),
        [
            ("North Korean Rocket Breaks Up Shortly After Launch", "PRK", None),
            ("Hezbollah Fires Rockets Into Northern Israel", None, "ISR"),
            (
                "Iraq Fires Missiles at Kuwait (Reuters) Reuters - Iraq fired two missiles at"
                " Kuwait on Thursday.",
                "IRQ",
                "KWT",
            ),
        ],
    )
    def test_headline_launches(self, text, launcher, target):
        event = _one(text, "launch")
        assert _countries(event, "launcher", "target") == (launcher, target)

    def test_missiles_fired_from_somewhere_struck(self):
        event = _one(
            "Two missiles fired from southern Lebanon struck an Israeli border town.", "launch"
        )
        assert event.target.country == "ISR"

    def test_a_space_shuttle_is_launched(self):
        assert _one("Space shuttle Discovery lifted off from Cape Canaveral.", "launch")

    def test_a_carrier_rocket_elsewhere_does_not_unseat_the_owner(self):
        event = _one(
            "North Korea's spy satellite was launched on Tuesday, a week after Japan's H3 rocket"
            " failed.",
            "launch",
        )
        assert event.launcher.country == "PRK"

    def test_a_missile_attack_by_no_one_is_no_launch(self):
        assert [
            e
            for e in _events("Talks resumed a week after the rocket attack.")
            if e.kind == "launch"
        ] == []

    def test_a_duration_is_no_count_of_projectiles(self):
        """ "four days after a rocket was fired": the rocket has no quantity."""
        event = _one("The talks began four days after a rocket was fired at the base.", "launch")
        assert event.items[0].quantity is None

    def test_test_toward_a_country_has_no_target(self):
        """A test "over Japan" has no target."""
        event = _one("North Korea launched a ballistic missile over Japan.", "launch")
        assert event.target is None

    @pytest.mark.parametrize(
        "text",
        [
            "Ukraine launched a counteroffensive in the south.",
            "The ministry launched an investigation into the crash.",
            "A Kenyan broadcaster launched a satellite television channel.",
            "There was no missile test on Friday.",
        ],
    )
    def test_no_projectile_no_launch(self, text):
        """Only missiles, rockets, launch vehicles and satellites are launched."""
        assert [e for e in _events(text) if e.kind == "launch"] == []

    @pytest.mark.parametrize(
        ("text", "outcome"),
        [
            ("China successfully put a satellite into orbit.", "success"),
            ("A North Korean rocket exploded shortly after lift-off.", "failure"),
            ("Two missiles fired by Iran were intercepted by Israel.", "intercepted"),
        ],
    )
    def test_outcome(self, text, outcome):
        """The words around the launch give its outcome."""
        assert _one(text, "launch").outcome == outcome

    def test_site_is_not_the_launcher(self):
        """ "from Baikonur in Kazakhstan" is the site; the Russian rocket's owner launched it."""
        event = _one(
            "A Russian Soyuz rocket carrying a satellite lifted off from Kazakhstan.", "launch"
        )
        assert event.launcher.country == "RUS"


class TestAllegation:
    def test_claim_is_an_event(self):
        """ "accused the North of sending missiles to Russia": the claim is a transfer."""
        event = _one(
            "South Korea accused North Korea of sending ballistic missiles to Russia.", "allegation"
        )
        assert _countries(event, "accuser", "accused") == ("KOR", "PRK")
        assert event.claim.kind == "transfer"
        assert _countries(event.claim, "supplier", "recipient") == ("PRK", "RUS")
        assert event.claim.status == "alleged"

    def test_denial(self):
        """A denial of unnamed accusations: accuser unknown, status denied."""
        event = _one("Moscow denied sending weapons to the Houthis.", "allegation")
        assert (event.accuser, event.accused.country, event.status) == (None, "RUS", "denied")

    def test_condemned_act_with_unnamed_author(self):
        """Condemning an act is an accusation even when its author goes unnamed; a list of
        accusers gives one allegation each."""
        found = _events("Chile, Peru and Bolivia condemned the attack on the embassy.")
        assert sorted(e.accuser.country for e in found) == ["BOL", "CHL", "PER"]
        assert {e.accused for e in found} == {None}

    def test_condemned_act_whose_author_is_named_elsewhere(self):
        """The one other state the sentence names as an actor is the act's author."""
        found = _events(
            "Ghana and Togo condemned the raid, which officials saw as a sign that Burkina Faso"
            " was losing patience."
        )
        assert sorted((e.accuser.country, e.accused.country) for e in found) == [
            ("GHA", "BFA"),
            ("TGO", "BFA"),
        ]

    def test_condemned_act_whose_author_is_an_agent_compound(self):
        """ "in Moroccan-held territory": the demonym names who holds it, before any other
        state the sentence names."""
        event = _one("Norway condemned the settlements in Moroccan-held territory.", "allegation")
        assert _countries(event, "accuser", "accused") == ("NOR", "MAR")
        event = _one(
            "Jordan on Monday condemned the demolition of Palestinian homes in Israeli-occupied"
            " areas.",
            "allegation",
        )
        assert _countries(event, "accuser", "accused") == ("JOR", "ISR")

    def test_the_victim_of_a_condemned_act_is_not_its_author(self):
        event = _one("Kenya condemned the bombing of the U.S. embassy in Nairobi.", "allegation")
        assert _countries(event, "accuser", "accused") == ("KEN", None)

    @pytest.mark.parametrize(
        "text",
        [
            "Ghana condemned the raid on Togo.",  # the victim
            "Ghana condemned the raid in Togo.",  # the place
            "Ghana condemned the raid, which killed two Togolese traders.",  # a demonym
            "Ghana condemned the raid, and Togo and Benin asked for calm.",  # two others
        ],
    )
    def test_condemned_act_with_no_author_to_be_found(self, text):
        [event] = _events(text)
        assert (event.accuser.country, event.accused) == ("GHA", None)

    @pytest.mark.parametrize(
        ("text", "accused"),
        [
            ("Peruvian troops stayed at the border, and Chile accused them of stalling.", "PER"),
            ("Peru kept its troops at the border, and Chile accused it of stalling.", "PER"),
            ("Troops stayed at the border, and Chile accused them of stalling.", None),
            ("Peru kept its troops at the border, and Chile accused him of stalling.", None),
            (
                "Peru kept troops at the border; Chile accused it of sinking a Quito-bound ferry.",
                "PER",
            ),
        ],
    )
    def test_a_pronoun_accused(self, text, accused):
        """ "accused them of": the last actor named before, not the accuser; "him" and "her"
        only for a person."""
        event = _one(text, "allegation")
        assert event.accuser.country == "CHL"
        assert (event.accused.country if event.accused else None) == accused

    def test_a_denied_assertion_whose_owner_is_a_pronoun(self):
        """ "Peru dismissed its assertion that ...": "its" is the last actor named before,
        other than the one denying."""
        event = _one(
            "Chile raised the matter at the UN, and Peru dismissed its assertion that Peruvian"
            " boats had crossed the line.",
            "allegation",
        )
        assert _countries(event, "accuser", "accused") == ("CHL", "PER")
        assert event.status == "denied"

    @pytest.mark.parametrize(
        "text",
        [
            "KAMPALA, Uganda -- A rebel group accused Rwanda of arming fighters.",
            "KAMPALA (Reuters) - A rebel group accused Rwanda of arming fighters.",
            "KAMPALA: A rebel group accused Rwanda of arming fighters.",
        ],
    )
    def test_a_dateline_is_nobody(self, text):
        """Where a story was filed is no party to its events."""
        event = _one(text, "allegation")
        assert (event.accuser, event.accused.country) == (None, "RWA")

    def test_alleged_in_a_report_that(self):
        event = _one(
            "Norway alleged in a report released on Monday that Eritrea had armed the rebels.",
            "allegation",
        )
        assert _countries(event, "accuser", "accused") == ("NOR", "ERI")

    @pytest.mark.parametrize(
        "text",
        [
            "Talks stalled amid accusations from Peru that Chilean guards had fired at a village.",
            "Talks stalled amid Peruvian accusations that Chilean guards had fired at a village.",
        ],
    )
    def test_accusations_from_and_by_a_demonym(self, text):
        """ "accusations from X that Y ...", "X-ian accusations that Y ...": X accuses Y."""
        [event] = [e for e in _events(text) if e.kind == "allegation"]
        assert _countries(event, "accuser", "accused") == ("PER", "CHL")

    def test_a_subject_never_lies_past_a_semicolon(self):
        """ "...; the rebels denied it": the rebels deny, not a state named before the
        semicolon."""
        found = _events("Kenya accused Uganda of arming the rebels; the rebels denied it.")
        assert [(e.status, _countries(e, "accuser", "accused")) for e in found] == [
            ("occurred", ("KEN", "UGA"))
        ]

    def test_condemned_act_names_its_author(self):
        """The author of the condemned act, named by a demonym before the noun."""
        event = _one("The African Union condemned Ethiopian air strikes in Tigray.", "allegation")
        assert event.accused.country == "ETH"

    def test_subject_skips_a_relative_clause(self):
        """ "X, which had asked Y for Z, accused W": X accuses, not Y."""
        event = _one(
            "Norway, which had earlier demanded a ceasefire from Sudan, accused Eritrea of"
            " arming the rebels.",
            "allegation",
        )
        assert _countries(event, "accuser", "accused") == ("NOR", "ERI")

    @pytest.mark.parametrize(
        "text",
        [
            "A senior Kenyan official rejected a suggestion that Kenya had sold rifles to Somalia.",
            "Moscow disputed the claim that Russian jets had bombed the market.",
        ],
    )
    def test_rejected_suggestions_and_disputed_claims_are_denials(self, text):
        event = _one(text, "allegation")
        assert event.status == "denied"
        assert event.accused is not None

    def test_who_investigates_allegations_does_not_make_them(self):
        event = _one(
            "The European Union is investigating allegations that Belarus sent fighter jets to"
            " Sudan.",
            "allegation",
        )
        assert (event.accuser, event.accused.country) == (None, "BLR")

    def test_who_refutes_an_allegation_does_not_make_it(self):
        event = _one("Iran refutes allegation about secret arms shipments to Sudan", "allegation")
        assert (event.accuser, event.accused.country, event.status) == (None, "IRN", "denied")

    @pytest.mark.parametrize(
        ("text", "accused"),
        [
            # the one named in the rejected claim is accused, not the one who rejects it
            (
                "The Cuban envoy rejected claims that the Venezuelan army was behind the raid.",
                "VEN",
            ),
            # unless the claim says something was done to them
            ("Norway rejected allegations that a Kenyan suspect was abused in custody.", "NOR"),
        ],
    )
    def test_rejected_claims_accuse_whom_they_name(self, text, accused):
        event = _one(text, "allegation")
        assert (event.accused.country, event.status) == (accused, "denied")

    def test_criticised_for_an_act(self):
        """ "criticised X for arming ...": an accusation; criticism alone is not."""
        event = _one("Peru criticised Chile for arming the rebels.", "allegation")
        assert _countries(event, "accuser", "accused") == ("PER", "CHL")
        assert [
            e for e in _events("Peru criticised Chile on Monday.") if e.kind == "allegation"
        ] == []

    def test_denied_a_clause(self):
        """ "denied a refit was botched" (no "that"), by "the navy, who denied ..."."""
        event = _one(
            "The ship was sold to Chile by the Royal Navy, who denied a refit was botched.",
            "allegation",
        )
        assert (event.accused.country, event.status) == ("GBR", "denied")

    def test_participle_clause_of_its_own(self):
        """ "will deny ..., blaming it on Britain": the blame is an allegation of its own."""
        found = _events(
            "Moscow will deny any role in the attack, blaming it on the British government."
        )
        assert any(
            e.kind == "allegation" and e.accused is not None and e.accused.country == "GBR"
            for e in found
        )

    @pytest.mark.parametrize(
        "text",
        [
            "He claimed that Peru was more democratic than its neighbours.",
            "The minister rejected Bolivia's claim that the economy had recovered.",
        ],
    )
    def test_a_claim_of_no_wrongdoing_is_no_allegation(self, text):
        assert [e for e in _events(text) if e.kind == "allegation"] == []

    def test_a_claim_of_wrongdoing_is_an_allegation(self):
        event = _one("Peru claimed that Bolivia was behind the border attack.", "allegation")
        assert _countries(event, "accuser", "accused") == ("PER", "BOL")

    def test_mutual_accusations(self):
        found = _events("Armenia, Azerbaijan Trade Accusations Over Border Shooting")
        assert sorted(_countries(e, "accuser", "accused") for e in found) == [
            ("ARM", "AZE"),
            ("AZE", "ARM"),
        ]

    @pytest.mark.parametrize(
        ("text", "accuser", "accused"),
        [
            ("Peru on Monday denied U.S. allegations that it sold radar to Iran.", "USA", "PER"),
            ("Pakistan Dismisses Charges It Gave Nuclear Help to Iran", None, "PAK"),
        ],
    )
    def test_denials_name_their_accusers(self, text, accuser, accused):
        event = _one(text, "allegation")
        assert _countries(event, "accuser", "accused") == (accuser, accused)
        assert event.status == "denied"

    @pytest.mark.parametrize(
        "text",
        [
            "The Egyptian president blamed a heat wave for power cuts across Cairo.",
            "The French minister criticised Washington's push for war with Iraq.",
            "A court in Athens cleared the former premier of all charges in Greece's biggest"
            " corruption case.",
        ],
    )
    def test_blame_on_things_policy_criticism_and_cleared_charges(self, text):
        assert [e for e in _events(text) if e.kind == "allegation"] == []

    def test_blame_for_an_act_named_by_a_thing_word(self):
        event = _one("Poland blames Russian intelligence for a fire in Warsaw.", "allegation")
        assert _countries(event, "accuser", "accused") == ("POL", "RUS")

    def test_no_trigger_inside_a_longer_word(self):
        """ "soldiers" holds "sold": a claim about tired soldiers accuses no one."""
        assert [
            e
            for e in _events("He claimed that the young and tiredd soldiers were Peruvian.")
            if e.kind == "allegation"
        ] == []

    def test_its_charges_that(self):
        event = _one(
            "The United States stepped up its charges that Syria was sheltering insurgents.",
            "allegation",
        )
        assert _countries(event, "accuser", "accused") == ("USA", "SYR")

    def test_indicted_by(self):
        event = _one("The Serbian general was indicted by Bosnia for war crimes.", "allegation")
        assert _countries(event, "accuser", "accused") == ("BIH", "SRB")

    def test_an_attribution_after_the_trigger_bounds_nothing_before_it(self):
        """ "...; Tehran says it ..." comes after the accusation: its subject still counts."""
        found = _events(
            "Washington and London accuse Iran of sending missiles to Russia; Tehran says it has"
            " not delivered any."
        )
        assert sorted(
            _countries(e, "accuser", "accused") for e in found if e.kind == "allegation"
        ) == [("GBR", "IRN"), ("USA", "IRN")]

    def test_a_suggestion_alone_is_no_allegation(self):
        assert [
            e
            for e in _events("There was a suggestion that Kenya would host the talks.")
            if e.kind == "allegation"
        ] == []

    def test_said_is_attribution_not_allegation(self):
        """ "X said Y did Z" is Y's event, reported by X."""
        [event] = _events("South Korea said North Korea fired a cruise missile on Monday.")
        assert event.kind == "launch"
        assert (event.launcher.country, event.reported_by.country) == ("PRK", "KOR")

    @pytest.mark.parametrize(
        "text",
        [
            "Officials blamed the weather for the delay.",
            "The alleged spy was expelled on Friday.",
            "Turkish officials claimed that the economy grew fast.",
        ],
    )
    def test_not_allegations(self, text):
        """Blame on things, adjectival 'alleged' and claims against no one are not allegations."""
        assert [e for e in _events(text) if e.kind == "allegation"] == []


class TestAttribution:
    @pytest.mark.parametrize(
        "text",
        [
            "North Korea fired a missile, South Korea's military said.",
            "According to Yonhap, North Korea fired a missile.",
        ],
    )
    def test_reported_by_is_never_the_actor(self, text):
        """The reporter fills reported_by, not the launcher."""
        event = _one(text, "launch")
        assert event.launcher.country == "PRK"
        assert event.reported_by is not None
        assert event.reported_by.country == "KOR"
