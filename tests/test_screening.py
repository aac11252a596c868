"""Screening articles: HTML left in the text and text that is not English (paragraphs written for the tests)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import framing
from framing.screening import ENGLISH_MIN_STOPWORD_SHARE, LANGUAGE_MIN_WORDS, english_stopword_share, find_markup

ENGLISH = {
    "en_flood": (
        "Flood waters rose through the night in the river town of Amberley, forcing hundreds of families to "
        "leave their homes before dawn. The mayor said rescue crews had reached every street by noon, but "
        "warned that more rain was expected on Thursday and that the bridge would stay closed."
    ),
    "en_quotes": (
        '"We heard the shelling from the hills and ran to the school," said a teacher who asked not to be '
        "named. Officials in the capital said they could not confirm the figures, which came from a local "
        "monitoring group. The ministry promised an inquiry."
    ),
}

# The same invented report in other languages (written for these tests).
OTHER = {
    "indonesian": (
        "Banjir besar melanda kota kecil di tepi sungai pada malam hari dan memaksa ratusan keluarga "
        "meninggalkan rumah mereka sebelum fajar. Wali kota mengatakan bahwa tim penyelamat yang dikirim "
        "oleh pemerintah sudah mencapai semua jalan pada siang hari, tetapi hujan diperkirakan akan turun lagi."
    ),
    "french": (
        "Les eaux de la rivière ont monté pendant toute la nuit dans la petite ville, obligeant des centaines "
        "de familles à quitter leur maison avant l'aube. Le maire a déclaré que les secours avaient atteint "
        "toutes les rues à midi, mais que la pluie devait revenir jeudi."
    ),
    "spanish": (
        "Las aguas del río subieron durante toda la noche en el pequeño pueblo y obligaron a cientos de "
        "familias a dejar sus casas antes del amanecer. El alcalde dijo que los equipos de rescate habían "
        "llegado a todas las calles al mediodía, pero que se esperaba más lluvia el jueves."
    ),
    "german": (
        "Das Hochwasser stieg die ganze Nacht in der kleinen Stadt am Fluss und zwang Hunderte Familien, ihre "
        "Häuser vor dem Morgengrauen zu verlassen. Der Bürgermeister sagte, die Rettungskräfte hätten bis "
        "Mittag jede Straße erreicht, warnte aber vor neuem Regen am Donnerstag."
    ),
    "portuguese": (
        "As águas do rio subiram durante toda a noite na pequena cidade e obrigaram centenas de famílias a "
        "deixar as suas casas antes do amanhecer. O presidente da câmara disse que as equipas de socorro "
        "tinham chegado a todas as ruas ao meio-dia, mas que se esperava mais chuva na quinta-feira."
    ),
    "italian": (
        "Le acque del fiume sono salite per tutta la notte nella piccola città e hanno costretto centinaia di "
        "famiglie a lasciare le loro case prima dell'alba. Il sindaco ha detto che i soccorritori avevano "
        "raggiunto tutte le strade a mezzogiorno, ma che era attesa altra pioggia giovedì."
    ),
    "dutch": (
        "Het water van de rivier steeg de hele nacht in het kleine stadje en dwong honderden gezinnen om hun "
        "huizen voor zonsopgang te verlaten. De burgemeester zei dat de hulpdiensten tegen de middag alle "
        "straten hadden bereikt, maar waarschuwde dat er donderdag meer regen zou vallen."
    ),
    "turkish": (
        "Nehrin suları küçük kasabada bütün gece yükseldi ve yüzlerce aileyi şafaktan önce evlerini terk "
        "etmeye zorladı. Belediye başkanı kurtarma ekiplerinin öğlene kadar bütün sokaklara ulaştığını "
        "söyledi, ancak perşembe günü daha fazla yağmur beklendiğini belirtti."
    ),
    "arabic": (
        "ارتفعت مياه النهر طوال الليل في البلدة الصغيرة وأجبرت مئات العائلات على مغادرة منازلها قبل الفجر. "
        "وقال رئيس البلدية إن فرق الإنقاذ وصلت إلى جميع الشوارع بحلول الظهر لكنه حذر من أمطار جديدة يوم "
        "الخميس في المنطقة كلها."
    ),
}

HTML = (
    "<p>Flood waters rose through the night in Amberley.</p>\n"
    "<div class=\"caption\">The mayor said crews reached every street&nbsp;by noon.</div>"
)


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_prose_is_above_the_threshold(name):
    share, n_words = english_stopword_share(ENGLISH[name])
    assert n_words >= LANGUAGE_MIN_WORDS and share > ENGLISH_MIN_STOPWORD_SHARE + 0.1


@pytest.mark.parametrize("name", sorted(OTHER))
def test_other_languages_are_below_it(name):
    share, n_words = english_stopword_share(OTHER[name])
    assert n_words >= LANGUAGE_MIN_WORDS and share < ENGLISH_MIN_STOPWORD_SHARE


def test_seed_articles_are_english(seed_corpus):
    for text in seed_corpus["text"]:
        assert english_stopword_share(text)[0] > ENGLISH_MIN_STOPWORD_SHARE + 0.1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (HTML, ("<p>", "</p>", '<div class="caption">')),
        ("Officials said the bridge&#8217;s deck&amp;rails held.", ("&#8217;", "&amp;")),
        ("Line one<br/>line two", ("<br/>",)),
        ("Casualties: <5 dead> in early reports; R&D; budgets x<y and z>w.", None),
        ("A plain sentence with 3 < 4 and 5 > 2.", None),
    ],
)
def test_find_markup(text, found):
    markup = find_markup(text)
    if found is None:
        assert markup is None
    else:
        assert markup.examples == found


def corpus_of(*texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": "X", "text": list(texts)})


def test_markup_and_language_warn_by_default_naming_the_article():
    frame = corpus_of(ENGLISH["en_flood"], HTML, OTHER["indonesian"])
    with pytest.warns(framing.CorpusWarning) as record:
        corpus = framing.load_corpus(frame)
    messages = [str(w.message) for w in record]
    assert len(messages) == 2
    assert messages[0].startswith("article 'a1': HTML left in the text: 4 HTML tags and 1 HTML entity (<p>")
    assert messages[1].startswith("article 'a2': probably not English: 0% of its 43 words are English stop words")
    assert corpus["article_id"].tolist() == ["a0", "a1", "a2"]


def test_drop_leaves_the_articles_out_and_says_so():
    frame = corpus_of(ENGLISH["en_flood"], HTML, OTHER["french"], ENGLISH["en_quotes"])
    with pytest.warns(framing.CorpusWarning) as record:
        corpus = framing.load_corpus(frame, on_markup="drop", on_language="drop")
    assert [str(w.message).split(":")[0] for w in record] == ["article 'a1'", "article 'a2'"]
    assert all(str(w.message).endswith("='drop')") and "dropped" in str(w.message) for w in record)
    assert corpus["article_id"].tolist() == ["a0", "a3"]
    assert corpus.index.tolist() == [0, 1]


@pytest.mark.parametrize(
    ("text", "option", "message"),
    [
        (HTML, "on_markup", r"article 'a1': HTML left in the text.*on_markup='drop'"),
        (OTHER["german"], "on_language", r"article 'a1': probably not English.*on_language='drop'"),
    ],
)
def test_error_stops_at_the_article(text, option, message):
    with pytest.raises(framing.CorpusError, match=message):
        framing.load_corpus(corpus_of(ENGLISH["en_flood"], text), **{option: "error"})


def test_ignore_does_not_look_and_short_texts_are_not_judged():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        framing.load_corpus(corpus_of(HTML, OTHER["dutch"]), on_markup="ignore", on_language="ignore")
        framing.load_corpus(corpus_of("Banjir besar melanda kota kecil."))


def test_bad_action_and_everything_dropped():
    with pytest.raises(ValueError, match="on_markup must be one of 'warn', 'error', 'drop', 'ignore', got 'skip'"):
        framing.load_corpus(corpus_of(HTML), on_markup="skip")
    with pytest.raises(framing.CorpusError, match="no articles left"), pytest.warns(framing.CorpusWarning):
        framing.load_corpus(corpus_of(OTHER["turkish"]), on_language="drop")
