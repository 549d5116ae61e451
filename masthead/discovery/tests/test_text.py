import numpy as np

from masthead.discovery import semantic
from masthead.discovery.text import words


def test_arabic_particles_letter_variants_and_vowel_marks_do_not_split_a_word():
    forms = ["الحكومة", "والحكومة", "بالحكومة", "الحكومه", "الحُكومة", "الحكـــومة"]
    assert {tuple(words(form, "ar")) for form in forms} == {("حكوم",)}
    assert words("أعلنت إدارة آثار", "ar") == words("اعلنت اداره اثار", "ar")


def test_arabic_words_meet_whatever_their_article_ending_or_plural():
    # One stem whether or not the article is attached, and for the singular and its plural.
    assert words("لجنة", "ar") == words("اللجنة", "ar")
    assert words("شركة", "ar") == words("شركات", "ar") == words("الشركات", "ar")
    # A name that begins with a preposition's letter keeps it.
    assert words("بغداد", "ar") == ["بغداد"]


def test_arabic_function_words_are_dropped_and_short_roots_kept():
    assert words("قال الوزير إن الميناء في المدينة", "ar") == ["وزير", "ميناء", "مدين"]
    assert words("بحر", "ar") == ["بحر"]  # too short to lose a letter


def test_english_plurals_and_possessives_fold_and_function_words_go():
    assert words("The ministries' talks and the minister's talk", "en") == [
        "ministry",
        "talk",
        "minister",
        "talk",
    ]
    assert words("It is said that they were there", "en") == []


def test_similar_stories_score_higher_than_unrelated_ones_in_both_languages():
    archive = {
        "en": [
            "Dock workers strike at the container port as wage talks collapse",
            "Port authority says ships are waiting outside the harbour during the strike",
            "The national football team wins the regional cup after a penalty shootout",
            "Fans celebrate the cup victory in the capital's streets",
            "Parliament debates the new budget and fuel subsidies",
            "Ministers defend fuel subsidy cuts in the budget debate",
        ],
        "ar": [
            "إضراب عمال الميناء بعد انهيار محادثات الأجور",
            "هيئة الميناء: السفن تنتظر خارج المرفأ بسبب الإضراب",
            "المنتخب الوطني لكرة القدم يفوز بالكأس الإقليمية بركلات الترجيح",
            "الجماهير تحتفل بالفوز بالكأس في شوارع العاصمة",
            "البرلمان يناقش الميزانية الجديدة ودعم الوقود",
            "الوزراء يدافعون عن خفض دعم الوقود في نقاش الميزانية",
        ],
    }
    for language, texts in archive.items():
        model = semantic.fit(texts, language)
        vectors = model.vectors(texts)
        scores = semantic.similarity(vectors, vectors)
        np.fill_diagonal(scores, -1)
        # Each story's nearest neighbour is its pair (0-1, 2-3, 4-5).
        assert [int(np.argmax(row)) for row in scores] == [1, 0, 3, 2, 5, 4], language


def test_a_stored_model_gives_the_same_vectors_and_new_words_still_count():
    texts = ["Oil prices rise", "Desalination plant opens", "Oil exports fall", "New desalination plant"]
    model = semantic.fit(texts, "en")
    again = semantic.Semantics.loads(model.dumps())
    a, b = (
        model.vectors(["A new refinery near the desalination plant"]),
        again.vectors(["A new refinery near the desalination plant"]),
    )
    assert (a[0] != b[0]).nnz == 0 and (a[1] != b[1]).nnz == 0
    # "refinery" was never seen when fitting: hashed, it still makes two stories alike.
    lexical, _ = model.vectors(["refinery refinery", "refinery", "Oil prices"])
    words_alike = (lexical @ lexical.T).toarray()
    assert words_alike[0, 1] > 0.99 and words_alike[0, 2] == 0
