"""Post IDs out of pasted text, URL lists and CSV files, with a reason for every rejected token."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagement_desktop.core.ids import (MAX_ID, NOT_DIGITS, NOT_STATUS_URL, TOO_LARGE, TOO_LONG,
                                         Rejected, parse_entries, parse_ids)

ID = "1460323737035677698"


def test_bare_ids_with_any_separators_are_all_found_in_order():
    text = f"111, 222;333\n444\t555  666\r\n777|888"
    assert parse_ids(text).ids == ("111", "222", "333", "444", "555", "666", "777", "888")


@pytest.mark.parametrize("url", [
    f"https://x.com/XDevelopers/status/{ID}",
    f"https://twitter.com/XDevelopers/status/{ID}",
    f"https://mobile.twitter.com/XDevelopers/status/{ID}",
    f"https://www.twitter.com/XDevelopers/status/{ID}",
    f"http://www.x.com/XDevelopers/status/{ID}",
    f"x.com/XDevelopers/status/{ID}",
    f"https://twitter.com/i/web/status/{ID}",
    f"https://x.com/XDevelopers/status/{ID}?s=20&t=abc",
    f"https://x.com/XDevelopers/status/{ID}#reply",
    f"https://x.com/XDevelopers/status/{ID}/photo/1",
    f"https://twitter.com/XDevelopers/statuses/{ID}",
])
def test_status_urls_of_every_form_give_the_post_id(url):
    assert parse_ids(url) == parse_ids(ID)
    assert parse_ids(url).ids == (ID,)


def test_the_same_post_twice_is_kept_once_in_first_order():
    text = f"222\nhttps://x.com/a/status/{ID}\n111\n{ID}\n0222\n222"
    assert parse_ids(text).ids == ("222", ID, "111")


def test_a_token_that_is_not_digits_is_rejected_with_its_reason():
    parsed = parse_ids("123 12a45 hello")
    assert parsed.ids == ("123",)
    assert parsed.rejected == (Rejected("12a45", NOT_DIGITS), Rejected("hello", NOT_DIGITS))


def test_more_than_19_digits_is_rejected_as_too_long():
    assert parse_ids("1" * 20).rejected == (Rejected("1" * 20, TOO_LONG),)


def test_a_number_above_2_63_minus_1_is_rejected_as_too_large():
    assert parse_ids(str(MAX_ID)).ids == (str(MAX_ID),)
    assert parse_ids(str(MAX_ID + 1)).rejected == (Rejected(str(MAX_ID + 1), TOO_LARGE),)


@pytest.mark.parametrize("url", ["https://example.com/status/123", "https://x.com/home",
                                 "example.com/status/123",
                                 "https://x.com/XDevelopers", "https://x.com/a/likes/123"])
def test_a_link_that_is_not_a_status_url_is_rejected_as_such(url):
    assert parse_ids(url).rejected == (Rejected(url, NOT_STATUS_URL),)


def test_a_status_url_with_a_bad_id_says_what_is_wrong_with_the_id():
    url = "https://x.com/a/status/123456789012345678901"
    assert parse_ids(url).rejected == (Rejected(url, TOO_LONG),)


def test_quotes_and_brackets_around_ids_are_ignored():
    assert parse_ids('["111", "222"] (333) <444>').ids == ("111", "222", "333", "444")


def test_csv_with_a_header_takes_the_id_column_and_ignores_the_others():
    text = ('title,tweet_id,likes\n'
            '"Hello, world",111,5\n'
            '"Launch ""day""",222,7\n')
    parsed = parse_ids(text)
    assert parsed.ids == ("111", "222")
    assert parsed.rejected == ()


def test_csv_without_an_id_named_header_takes_the_columns_holding_ids_or_urls():
    text = ("note;link\nfirst;https://x.com/a/status/111\n"
            "second;https://twitter.com/i/web/status/222\n")
    assert parse_ids(text) == parse_ids("111 222")


def test_a_one_column_csv_with_a_header_reports_its_bad_cells_but_not_the_header():
    parsed = parse_ids("Post URL\nhttps://x.com/a/status/111\noops\n")
    assert parsed.ids == ("111",)
    assert parsed.rejected == (Rejected("oops", NOT_DIGITS),)


def test_a_sentence_above_a_list_is_text_whose_words_are_reported():
    parsed = parse_ids("Here are my tweets\n111\n222")
    assert parsed.ids == ("111", "222")
    assert [r.token for r in parsed.rejected] == ["Here", "are", "my", "tweets"]


def test_tab_separated_spreadsheet_paste_is_read_as_a_table():
    text = "id\timpressions\n111\t5000\n222\t12\n"
    assert parse_ids(text).ids == ("111", "222")


def test_a_comma_list_with_a_bad_token_on_the_first_line_is_free_text_not_a_header():
    parsed = parse_ids("111, abc\n222")
    assert parsed.ids == ("111", "222")
    assert parsed.rejected == (Rejected("abc", NOT_DIGITS),)


def test_a_byte_order_mark_from_excel_does_not_hide_the_header():
    assert parse_ids("\ufefftweet_id,name\n111,a\n").ids == ("111",)


def test_query_entries_are_parsed_like_lines_of_text():
    assert parse_entries([ID, f"https://x.com/a/status/{ID}", "111 222"]).ids == (ID, "111", "222")


def test_blank_text_gives_nothing_and_rejects_nothing():
    assert parse_ids("  \n\n ,; ") == parse_ids("")
    assert parse_ids("").ids == () and parse_ids("").rejected == ()


@given(st.lists(st.integers(min_value=0, max_value=MAX_ID), max_size=30),
       st.lists(st.sampled_from([" ", ",", ";", "\n", "\t", ", ", " ;\n"]), min_size=1))
def test_any_ids_with_any_separators_come_back_deduplicated_in_order(numbers, separators):
    text = "".join(f"{n}{separators[i % len(separators)]}" for i, n in enumerate(numbers))
    assert parse_ids(text).ids == tuple(dict.fromkeys(str(n) for n in numbers))
    assert parse_ids(text).rejected == ()


@given(st.text(max_size=200))
def test_any_text_gives_valid_ids_and_reasons_never_an_exception(text):
    parsed = parse_ids(text)
    assert all(i.isdigit() and int(i) <= MAX_ID and str(int(i)) == i for i in parsed.ids)
    reasons = (NOT_DIGITS, TOO_LONG, TOO_LARGE, NOT_STATUS_URL)
    assert all(r.reason in reasons for r in parsed.rejected)


def test_a_lone_carriage_return_in_a_pasted_table_ends_a_row():
    assert parse_ids("tweet_id,title\r111,a\r222,b\n\r333,c") == parse_ids("111\n222\n333")


def test_a_quoted_cell_too_long_for_a_table_is_read_as_free_text_with_reasons():
    parsed = parse_ids(f'tweet_id,title\n{ID},"' + "x" * 200_000)
    assert parsed.ids == (ID,) and parsed.rejected


def test_full_width_digits_and_a_soft_hyphen_inside_an_id_read_as_the_id():
    full_width = ID.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    assert parse_ids(f"{full_width}，{ID[:4]}\u00ad{ID[4:]}").ids == (ID,)


def test_a_rejected_token_is_quoted_whole_only_when_short_or_a_link():
    from engagement_desktop.core.ids import shown_token

    assert shown_token("12345678901234567890") == "12345678901234567890"
    link = "https://x.com/jack/status/1460323737035677698/photo"
    assert shown_token(link) == link
    pasted = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI"
    assert shown_token(pasted) == f"AAAA… ({len(pasted)} characters)"
    assert shown_token("https://x.com/" + "z" * 200) == "http… (214 characters)"
