from dyads.geo.names import fold, is_latin_key, variants


def test_fold_drops_accents_periods_and_hyphens():
    assert fold("Ţarţūs") == "tartus"
    assert fold("Al-Raqqah") == "al raqqah"
    assert fold("U.S.") == "us"
    assert fold("  São   Paulo ") == "sao paulo"
    assert fold("Ma’arrat al-Nu’man") == "maarrat al numan"


def test_latin_keys_only():
    assert is_latin_key("mosul")
    assert not is_latin_key("")
    assert not is_latin_key("موصل")
    assert not is_latin_key("123")


def test_variants_strip_arabic_article_and_final_h():
    v = variants("ar raqqah")
    assert "raqqah" in v and "raqqa" in v
    assert "the hague" not in variants("the hague")
    assert "hague" in variants("the hague")


def test_variants_expand_abbreviated_first_words():
    assert "mount pleasant" in variants("mt pleasant")
    assert "saint louis" in variants("st louis")
