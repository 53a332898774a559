from datetime import date

import pytest

from claims.extraction.dates import relative_time_edits, resolve_event_date

THURSDAY = date(2024, 3, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last night, drones struck the base.", date(2024, 3, 27)),
        ("Rescuers arrived yesterday.", date(2024, 3, 27)),
        ("The day before yesterday the road closed.", date(2024, 3, 26)),
        ("Officials spoke today.", THURSDAY),
        ("The report was published on Tuesday.", date(2024, 3, 26)),
        ("The vote took place on Thursday.", THURSDAY),
        ("The vote took place last Thursday.", date(2024, 3, 21)),
        ("Fighting resumed in March.", date(2024, 3, 1)),
        ("Fighting resumed in May.", date(2023, 5, 1)),
        ("The camp opened in June 2021.", date(2021, 6, 1)),
        ("The bridge fell on 12 March.", date(2024, 3, 12)),
        ("The bridge fell on March 12, 2022.", date(2022, 3, 12)),
        ("It was filed on 2023-11-05.", date(2023, 11, 5)),
        ("Talks will resume on Monday.", date(2024, 3, 25)),
        ("Nothing about when.", None),
    ],
)
def test_dates_resolve_against_the_article_date(text, expected):
    assert resolve_event_date(text, THURSDAY) == expected


def test_future_weekday_reads_forwards():
    assert resolve_event_date("Talks will resume on Monday.", THURSDAY, future=True) == date(2024, 4, 1)


def test_relative_dates_need_an_article_date_but_explicit_ones_do_not():
    assert resolve_event_date("Rescuers arrived yesterday.", None) is None
    assert resolve_event_date("The camp opened on 3 June 2021.", None) == date(2021, 6, 3)
    assert resolve_event_date("The bridge fell on 12 March.", None) is None


def written(text, *, future=False, reference=None):
    """``text`` with the edits of ``relative_time_edits`` applied."""
    for start, end, words in reversed(relative_time_edits(text, THURSDAY, future=future, reference=reference)):
        text = text[:start] + words + text[end:]
    return text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill closed on Tuesday.", "The mill closed on 26 March 2024."),
        ("The mill closed Tuesday night.", "The mill closed on the night of 26 March 2024."),
        ("Talks stalled last Thursday.", "Talks stalled on 21 March 2024."),
        ("Yesterday the bridge reopened.", "On 27 March 2024 the bridge reopened."),
        ("Prices fell last month.", "Prices fell in February 2024."),
        ("The levy was raised last year.", "The levy was raised in 2023."),
        ("At the end of last year the levy was raised.", "At the end of 2023 the levy was raised."),
        # a part of the year or month of the article, unless the text named another year first
        ("The mill will close by the end of the year.", "The mill will close by the end of 2024."),
        ("Sales fell in the first half of the year.", "Sales fell in the first half of 2024."),
        ("Rent is due at the start of the month.", "Rent is due at the start of March 2024."),
        ("In 2019 the mill closed by the end of the year.", "In 2019 the mill closed by the end of 2019."),
        ("In March she vowed to act by the end of the year.", "In March 2024 she vowed to act by the end of 2024."),
        ("In May she vowed to act by the end of the year.", "In May 2023 she vowed to act by the end of 2023."),
        ("In May she vowed to act by the end of the month.", "In May 2023 she vowed to act by the end of the month."),
        ("Profit rose in the year to January 31.", "Profit rose in the year to 31 January 2024."),
        ("Crews left two weeks ago.", "Crews left on 14 March 2024."),
        ("Strikes have continued since October.", "Strikes have continued since October 2023."),
        ("Votes were counted between March and May.", "Votes were counted between March 2023 and May 2023."),
        ("The fund opened on 2 April.", "The fund opened on 2 April 2023."),
        ("The fund was set up in 2019.", "The fund was set up in 2019."),
        # "May" without a day or a preposition is the modal
        ("May brought rain, and ministers may act.", "May brought rain, and ministers may act."),
        # a time phrase that is the subject takes no "in"
        ("Last year was the driest on record.", "2023 was the driest on record."),
        ("Last month saw three storms.", "February 2024 saw three storms."),
        ("Officials said last year was the driest on record.", "Officials said 2023 was the driest on record."),
        # nor a time phrase after a noun, which says when the noun's event was
        ("Rainfall last month was twice the average.", "Rainfall in February 2024 was twice the average."),
        ("A survey of members last month had found delays.", "A survey of members in February 2024 had found delays."),
        # but a span is no subject: "so far this year was"
        ("Arrivals so far this year were 38 percent higher.", "Arrivals so far in 2024 were 38 percent higher."),
        # "the fall" as a drop is no season
        ("It said the fall was the result of new hubs.", "It said the fall was the result of new hubs."),
        ("After the fall in prices, firms cut jobs.", "After the fall in prices, firms cut jobs."),
        ("Work starts this fall.", "Work starts in fall 2024."),
        # a month with a list of its days: the days before the month and its year
        ("The talks ran on March 3 and 4.", "The talks ran on 3 and 4 March 2024."),
        ("Strikes were held on February 10, 11 and 12.", "Strikes were held on 10, 11 and 12 February 2024."),
        ("The vote was on March 3 and 40 people came.", "The vote was on 3 March 2024 and 40 people came."),
    ],
)
def test_relative_times_are_written_out(text, expected):
    assert written(text) == expected


def test_a_weekday_before_a_date_stays_as_the_date_says_which_day():
    assert written("Polls close on Sunday, April 7, officials said.", future=True) == (
        "Polls close on Sunday, 7 April 2024, officials said."
    )
    assert written("The plant shut on Monday, 11 March.") == "The plant shut on Monday, 11 March 2024."


def test_future_claims_read_weekdays_and_months_forwards():
    assert written("The vote is on Monday and the count ends on 2 April.", future=True) == (
        "The vote is on 1 April 2024 and the count ends on 2 April 2024."
    )


def test_each_time_reads_by_the_tense_a_function_gives_its_position():
    text = "In May she vowed the mill would shut in June and sell by the end of the year."
    # the vow is past (May 2023) and the shutting ahead (June 2024); the end of the year follows the last year named
    assert written(text, future=lambda start: start > text.index("vowed")) == (
        "In May 2023 she vowed the mill would shut in June 2024 and sell by the end of 2024."
    )
    assert written(text, future=lambda start: False) == (
        "In May 2023 she vowed the mill would shut in June 2023 and sell by the end of 2023."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A day earlier, the dam had cracked.", "On 19 March 2024, the dam had cracked."),
        # before a clause it introduces; "earlier that week" stays (no day to count from), "after that" too
        (
            "She told the inquiry a day earlier that the dam had cracked.",
            "She told the inquiry on 19 March 2024 that the dam had cracked.",
        ),
        ("The dam cracked a day earlier that week.", "The dam cracked a day earlier that week."),
        ("The dam cracked two days after that.", "The dam cracked two days after that."),
        # opening its sentence, an offset needs no comma; inside one, a word after it is the next clause's
        ("A week earlier the regulator fined the bank.", "On 13 March 2024 the regulator fined the bank."),
        ("A year earlier than planned the bank opened.", "A year earlier than planned the bank opened."),
        ("Sales rose from a week earlier the bank said.", "Sales rose from a week earlier the bank said."),
        (
            "Police searched the offices a day earlier and took files.",
            "Police searched the offices on 19 March 2024 and took files.",
        ),
        # a preposition after a day's offset ends it as a comma does
        (
            "A third man was held a day earlier inside the ground.",
            "A third man was held on 19 March 2024 inside the ground.",
        ),
        (
            "Residents had been moved a day earlier to a sports hall.",
            "Residents had been moved on 19 March 2024 to a sports hall.",
        ),
        # (and so does a conjunction of time or cause)
        (
            "The patrol had been sent to the pass two days earlier after reports of smuggling.",
            "The patrol had been sent to the pass on 18 March 2024 after reports of smuggling.",
        ),
        (
            "Sales rose from a year earlier in the first quarter.",
            "Sales rose from a year earlier in the first quarter.",
        ),
        # the day named last, again: of the text, else the reference event's; "the same day as X" says which itself
        (
            "The minister told parliament later that day that it would act.",
            "The minister told parliament on 20 March 2024 that it would act.",
        ),
        ("Later that day, police made two arrests.", "On 20 March 2024, police made two arrests."),
        (
            "It was signed on Monday, and the law took effect the same day.",
            "It was signed on 25 March 2024, and the law took effect on 25 March 2024.",
        ),
        ("She quit on the same day as her deputy.", "She quit on the same day as her deputy."),
    ],
)
def test_offsets_count_from_the_reference_event(text, expected):
    assert written(text, reference=date(2024, 3, 20)) == expected


def test_the_same_day_needs_a_day_named_before():
    assert written("Later that day, police made two arrests.") == "Later that day, police made two arrests."


def test_the_day_before_yesterday_counts_from_the_article_date():
    assert written("The day before yesterday it rained.") == "On 26 March 2024 it rained."


def test_a_year_counted_from_a_year_is_counted_from_that_year():
    assert written("The mill closed in 2019 and reopened two years later.") == (
        "The mill closed in 2019 and reopened in 2021."
    )
    # "May of that year": the year the text named, else the one the article named last, else it stays as written
    assert written("He was hired in 2019 and left in May of the same year.") == (
        "He was hired in 2019 and left in May 2019."
    )
    assert relative_time_edits("Cole stabbed him in March of that year.", THURSDAY, year_named=2023) == [
        (20, 38, "March 2023")
    ]
    assert written("He left in May of that year.") == "He left in May of that year."
    # "the following year" after a sentence about 2019; "a year earlier" compares with the claim's own period
    assert relative_time_edits("Exports fell the following year.", THURSDAY, reference_year=2019) == [
        (13, 31, "in 2020")
    ]
    assert written("Exports fell 3 percent from a year earlier.") == "Exports fell 3 percent from 2023."
    assert relative_time_edits("Exports fell from a year earlier.", THURSDAY, reference_year=2019) == [
        (13, 32, "from 2023")
    ]
    # ... and with the year the text named by words: "last year, up 23 percent on a year earlier"
    assert written("Profit was 412 million last year, up 23 percent on a year earlier.") == (
        "Profit was 412 million in 2023, up 23 percent on 2022."
    )
    assert written("Sales this year rose 5 percent from a year earlier.") == "Sales in 2024 rose 5 percent from 2023."
    # "a day earlier" after a day the text named counts from that day, not from the event reported last
    assert (
        written("The regulator said on Tuesday that it had sent inspectors a day earlier.", reference=date(2024, 3, 10))
        == "The regulator said on 26 March 2024 that it had sent inspectors on 25 March 2024."
    )
    # "a year earlier" after a month the text named is that month of the year before; not after "the year to"
    assert written("Prices rose 6.3 percent in February from a year earlier.") == (
        "Prices rose 6.3 percent in February 2024 from February 2023."
    )
    assert written("Profit in the year to January 31 fell from 176 million a year earlier.") == (
        "Profit in the year to 31 January 2024 fell from 176 million in 2023."
    )
    # the end of a range takes no preposition of its own
    assert written("Rain fell between Monday and Wednesday.") == "Rain fell between 25 March 2024 and 27 March 2024."
    assert written("Talks ran from Monday to Wednesday.") == "Talks ran from 25 March 2024 to 27 March 2024."
    # a quotation closed after its words ends no sentence; one closed after a full stop does
    assert written('The checks had been "largely implemented" by last summer.') == (
        'The checks had been "largely implemented" by summer 2023.'
    )
    assert written('"The work is done." Last year it was not.') == '"The work is done." In 2023 it was not.'
    # a clock time's "a.m." ends no sentence: the date after it takes no capital
    assert written("The alert went out at 6 a.m. on Tuesday.") == "The alert went out at 6 a.m. on 26 March 2024."
    # a past "later" that would fall after the article date says later than something else: it stays
    assert written("The letter came three weeks later.") == "The letter came three weeks later."
    assert written("The letter came three days later.", reference=date(2024, 3, 10)) == (
        "The letter came on 13 March 2024."
    )


def test_a_season_in_late_autumn_is_the_winter_to_come_or_the_one_gone():
    november = date(2026, 11, 18)

    def season(text, future):
        for start, end, words in reversed(relative_time_edits(text, november, future=future)):
            text = text[:start] + words + text[end:]
        return text

    assert season("Prices may fall over the winter.", True) == "Prices may fall over winter 2026-27."
    assert season("Works start this winter.", True) == "Works start in winter 2026-27."
    assert season("It snowed last winter.", False) == "It snowed in winter 2025-26."
    assert season("Deficits stay high until at least the spring.", True) == (
        "Deficits stay high until at least spring 2027."
    )


def test_to_and_as_early_as_before_a_time_are_its_preposition():
    # THURSDAY is 28 March 2024
    assert written("The vote was moved to next week.") == "The vote was moved to the week of 1 April 2024."
    assert written("We can get through to the autumn.", future=True) == "We can get through to autumn 2024."
    assert written("The regulator warned the board as early as last July.") == (
        "The regulator warned the board as early as July 2023."
    )
    assert written("The fault was reported as recently as Monday.") == (
        "The fault was reported as recently as 25 March 2024."
    )


def test_a_span_of_months_takes_the_year_its_end_gives():
    # THURSDAY is 28 March 2024
    assert written("Payments were made between March and September last year.") == (
        "Payments were made between March 2023 and September 2023."
    )
    assert written("Talks ran from November to February last year.") == (
        "Talks ran from November 2022 to February 2023."
    )
    assert written("Sales fell from May to July 2025.") == "Sales fell from May 2025 to July 2025."


def test_a_month_as_a_possessive_is_written_out():
    # THURSDAY is 28 March 2024
    assert written("Camps filled after last month's floods.") == "Camps filled after the February 2024 floods."
    assert written("Next month's vote is close.") == "The April 2024 vote is close."


def test_a_day_something_is_called_for_lies_ahead():
    # THURSDAY is 28 March 2024
    assert written("The union has called a strike for Monday.") == "The union has called a strike for 1 April 2024."
    assert (
        written("The unions have called a strike for 19 April.") == "The unions have called a strike for 19 April 2024."
    )
    assert written("The strike began on 19 February.") == "The strike began on 19 February 2024."
    # a span from now runs until a day ahead; a span in the past ended on one before
    assert written("Forecasters have warned of rain until Monday.") == (
        "Forecasters have warned of rain until 1 April 2024."
    )
    assert written("Rough seas had kept the boats in port until Monday.") == (
        "Rough seas had kept the boats in port until 25 March 2024."
    )
    assert written("The union held a strike on Monday.") == "The union held a strike on 25 March 2024."


def test_a_preposition_before_a_day_is_kept():
    assert written("Police will clear the road if the blockade lasts beyond Friday.", future=True) == (
        "Police will clear the road if the blockade lasts beyond 29 March 2024."
    )
    assert written("Talks went on past Monday and into Tuesday.") == (
        "Talks went on past 25 March 2024 and into 26 March 2024."
    )


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # THURSDAY is 28 March 2024: spring has begun, winter 2023-24 has just ended
        ("The dam was inspected last autumn.", False, "The dam was inspected in autumn 2023."),
        ("Pass rates fell this spring.", False, "Pass rates fell in spring 2024."),
        ("Crops failed last summer.", False, "Crops failed in summer 2023."),
        ("The works start next winter.", True, "The works start in winter 2024-25."),
        ("Staff will start by the summer.", True, "Staff will start by summer 2024."),
        # a season naming the noun after it keeps its article, and no "in" is added
        ("Roads closed since the winter storms.", False, "Roads closed since the winter 2023-24 storms."),
        ("The winter storms closed roads.", False, "The winter 2023-24 storms closed roads."),
        # "the summer of 1976" says which summer already
        ("It was the driest since the summer of 1976.", False, "It was the driest since the summer of 1976."),
    ],
)
def test_seasons_are_written_out_with_their_year(text, future, expected):
    assert written(text, future=future) == expected


def test_a_year_as_a_possessive_is_written_out():
    assert written("Pay does not cover this year's inflation or last year's.") == (
        "Pay does not cover 2024's inflation or 2023's."
    )


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # THURSDAY is 28 March 2024
        ("Tuesday's blast killed four people.", False, "The 26 March 2024 blast killed four people."),
        ("Police said Tuesday's blast killed four.", False, "Police said the 26 March 2024 blast killed four."),
        ("Turnout in yesterday's vote was low.", False, "Turnout in the 27 March 2024 vote was low."),
        ("Last Thursday's storm cut power.", False, "The 21 March 2024 storm cut power."),
        # a day something happens "before" or "ahead of" is still to come
        (
            "His lead narrowed three days before Sunday's vote.",
            False,
            "His lead narrowed three days before the 31 March 2024 vote.",
        ),
        ("The parties met ahead of Monday's talks.", False, "The parties met ahead of the 1 April 2024 talks."),
        (
            "Saturday's match will be played behind closed doors.",
            True,
            "The 30 March 2024 match will be played behind closed doors.",
        ),
        # "today's" names no date in "today's world"
        ("In today's world prices rise.", False, "In today's world prices rise."),
    ],
)
def test_a_day_as_a_possessive_is_written_out(text, future, expected):
    assert written(text, future=future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # THURSDAY is 28 March 2024: the words after or before the month say its year
        ("Jobs grew since April last year.", "Jobs grew since April 2023."),
        ("Talks began on 3 April last year.", "Talks began on 3 April 2023."),
        ("Prices rose in March this year.", "Prices rose in March 2024."),
        ("The schools reopen by next September.", "The schools reopen by September 2024."),
        ("The school reopens next March.", "The school reopens in March 2025."),
        ("Talks began last March.", "Talks began in March 2023."),
        ("Talks began last February.", "Talks began in February 2024."),
        ("Last May the dam broke.", "In May 2023 the dam broke."),
    ],
)
def test_a_month_with_words_for_its_year_takes_that_year(text, expected):
    assert written(text) == expected


def test_a_time_between_a_possessive_or_an_article_and_its_noun_takes_no_preposition():
    assert written("It was in the paper's Tuesday edition.") == "It was in the paper's 26 March 2024 edition."
    assert written("The Tuesday meeting was cancelled.") == "The 26 March 2024 meeting was cancelled."


def test_the_past_week_month_or_year_runs_to_the_article_date():
    # THURSDAY is 28 March 2024
    assert written("At least 64 civilians were killed in the past week.") == (
        "At least 64 civilians were killed in the week to 28 March 2024."
    )
    assert (
        written("The past month was the wettest on record.") == "The month to 28 March 2024 was the wettest on record."
    )
    assert written("Prices rose over the past year.") == "Prices rose over the year to 28 March 2024."
    # "the last week" is the past week, "the last year" the past year; "the last year of" a span is its final year
    assert written("Prices rose in the last week.") == "Prices rose in the week to 28 March 2024."
    assert written("Prices rose in the last year.") == "Prices rose in the year to 28 March 2024."
    assert written("It was the last year of his term.") == "It was the last year of his term."
    # in January, the past year is the calendar year that has just ended
    january = date(2026, 1, 15)
    edits = relative_time_edits("The past year was the warmest on record.", january)
    assert edits == [(0, 13, "2025")]


def test_the_coming_period_is_the_next_one():
    # THURSDAY is 28 March 2024
    assert written("The council approved a budget for the coming year.") == ("The council approved a budget for 2025.")
    assert written("Talks resume in the coming week.") == "Talks resume in the week of 1 April 2024."


def test_a_months_norm_is_no_date_and_a_bare_weekday_ahead_may_be_the_articles_own_day():
    # a Monday
    published = date(2026, 3, 9)
    text = "The region had twice its normal March rainfall. The president will visit on Monday and again next Monday."

    assert relative_time_edits(text, published, future=True) == [
        (text.index("on Monday"), text.index("on Monday") + len("on Monday"), "on 9 March 2026"),
        (text.index("next Monday"), text.index("next Monday") + len("next Monday"), "on 16 March 2026"),
    ]


def test_a_relative_year_as_a_possessor_takes_no_preposition():
    # THURSDAY is 28 March 2024
    assert written("It lost 23 million, more than double the previous year's deficit.") == (
        "It lost 23 million, more than double 2023's deficit."
    )
    assert written("The following year's budget was cut.") == "2025's budget was cut."


def test_a_day_that_names_a_thing_is_the_one_nearest_the_article_date_whatever_the_tense():
    # the article is of 28 March 2024: an election a month ahead, one named from last November, a past act in April
    assert written("Support fell to 19 percent, a month before the April 21 general election.") == (
        "Support fell to 19 percent, a month before the 21 April 2024 general election."
    )
    assert (
        written("The party won the November 3 election easily.") == "The party won the 3 November 2023 election easily."
    )
    assert written("The party won a seat on April 21.") == "The party won a seat on 21 April 2023."


def test_a_weekend_is_written_as_its_saturday_and_sunday():
    # THURSDAY is 28 March 2024
    assert written("Bookings for the coming weekend have fallen by 40 percent.") == (
        "Bookings for the weekend of 30-31 March 2024 have fallen by 40 percent."
    )
    assert written("The talks collapsed last weekend.") == "The talks collapsed on the weekend of 23-24 March 2024."
    assert written("Talks will resume this weekend.", future=True) == (
        "Talks will resume on the weekend of 30-31 March 2024."
    )


def test_a_weekend_across_a_month_or_a_year_names_both():
    assert relative_time_edits("They met last weekend.", date(2024, 6, 6)) == [
        (9, 21, "on the weekend of 1-2 June 2024")
    ]
    assert relative_time_edits("They met last weekend.", date(2024, 4, 2)) == [
        (9, 21, "on the weekend of 30-31 March 2024")
    ]
    assert relative_time_edits("They meet this weekend.", date(2024, 8, 29)) == [
        (10, 22, "on the weekend of 31 August-1 September 2024")
    ]
    assert relative_time_edits("They meet this weekend.", date(2026, 12, 31)) == [
        (10, 22, "on the weekend of 2-3 January 2027")
    ]
    # on a Sunday, "this weekend" is the one under way and "last weekend" the one before
    assert relative_time_edits("They met last weekend.", date(2024, 6, 9)) == [
        (9, 21, "on the weekend of 1-2 June 2024")
    ]
    assert relative_time_edits("They meet this weekend.", date(2024, 6, 9)) == [
        (10, 22, "on the weekend of 8-9 June 2024")
    ]


def test_as_long_as_a_time_ago_becomes_as_long_ago_as_the_date():
    # THURSDAY is 28 March 2024; "as long as March 2023" would read as a condition
    assert written("Crews reported the faulty doors as long as 12 months ago.") == (
        "Crews reported the faulty doors as long ago as March 2023."
    )
    assert written("As long as two years ago, engineers warned of cracks.") == (
        "As long ago as 2022, engineers warned of cracks."
    )
    assert written("Crews reported the faulty doors 12 months ago.") == "Crews reported the faulty doors in March 2023."


def test_this_or_that_before_a_time_is_what_was_spoken_of_not_the_times_determiner():
    assert written("We were warned about this last year.") == "We were warned about this in 2023."
    assert written("They discussed that last week, officials said.") == (
        "They discussed that in the week of 18 March 2024, officials said."
    )
    assert written("That Tuesday meeting was cancelled.") == "That 26 March 2024 meeting was cancelled."


def test_a_weekday_in_a_newspapers_name_and_a_season_before_a_verb_are_no_modifiers():
    assert written("The Sunday Clarion reported on Tuesday that talks failed.") == (
        "The Sunday Clarion reported on 26 March 2024 that talks failed."
    )
    assert written("A survey in the spring found that 46 percent agreed.") == (
        "A survey in spring 2024 found that 46 percent agreed."
    )
    assert written("Prices rose after the winter storms.") == "Prices rose after the winter 2023-24 storms."
    assert (
        written("Prices fell in the autumn because wages slowed.") == "Prices fell in autumn 2023 because wages slowed."
    )


def test_the_unit_before_at_an_end_counts_back_like_the_previous_one():
    assert written("Discharges rose to 31 in 2021, up from 19 the year before.") == (
        "Discharges rose to 31 in 2021, up from 19 in 2020."
    )
    assert written("The fire was put out on Monday. Crews had first been called the day before.") == (
        "The fire was put out on 25 March 2024. Crews had first been called on 24 March 2024."
    )
    # (before a noun it is a preposition, counted from what it names)
    assert written("Officials met the week before the vote.") == "Officials met the week before the vote."


def test_a_month_counted_from_a_month_the_text_named_is_counted_from_that_month():
    assert written("Prices rose 4 percent in January and 3 percent a month earlier.") == (
        "Prices rose 4 percent in January 2024 and 3 percent in December 2023."
    )
    assert written("Sales rose in October 2022 and fell the month before.") == (
        "Sales rose in October 2022 and fell in September 2022."
    )
