"""The site profile: field checks and the round trip through the store."""

from __future__ import annotations

import unicodedata

import pytest

from deskeditor.model import SiteProfile
from deskeditor.profile import (
    ProfileError,
    check_email,
    missing_for_export,
    settings_from_dict,
    settings_to_dict,
    validate_profile,
)


def full_profile() -> SiteProfile:
    return SiteProfile(
        organisation_name="TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN",
        governing_body="UBND TỈNH LẠNG SƠN",
        agency_name="SỞ NỘI VỤ",
        address="Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn",
        phone="(0205) 3 812 345",
        fax="(0205) 3 812 346",
        email="sonoivu@langson.gov.vn",
        website="https://sonoivu.langson.gov.vn",
        place_name="Lạng Sơn",
        approver_name="Nguyễn Văn An",
        approver_position="Trưởng Ban biên tập",
        logo_photo_id=None,
    )


def test_a_correct_profile_is_unchanged():
    assert validate_profile(full_profile()) == full_profile()


def test_every_text_is_nfc_and_stripped():
    messy = SiteProfile(
        **{
            key: f"  {unicodedata.normalize('NFD', value)}\t"
            for key, value in vars(full_profile()).items()
            if isinstance(value, str)
        }
    )
    assert validate_profile(messy) == full_profile()


def test_a_website_without_scheme_gets_https():
    profile = validate_profile(SiteProfile(website=" sonoivu.langson.gov.vn "))
    assert profile.website == "https://sonoivu.langson.gov.vn"


def test_empty_email_and_website_are_allowed():
    profile = validate_profile(SiteProfile(email="  ", website=""))
    assert (profile.email, profile.website) == ("", "")


def test_the_logo_and_the_input_are_left_alone():
    original = SiteProfile(email=" a@b.vn ", logo_photo_id=7)
    checked = validate_profile(original)
    assert checked.logo_photo_id == 7 and checked.email == "a@b.vn"
    assert original.email == " a@b.vn "


@pytest.mark.parametrize(
    "email",
    [
        "sonoivu@langson.gov.vn",
        "van.thu-2@sonoivu.langson.gov.vn",
        "ban+tin@example.com",
        "lienhe@bộnộivụ.vn",
        "Ban.Bien.Tap@LangSon.Gov.VN",
    ],
)
def test_good_emails(email):
    assert check_email(email) == email


def test_a_mailto_prefix_is_dropped():
    assert check_email("mailto:sonoivu@langson.gov.vn") == "sonoivu@langson.gov.vn"


@pytest.mark.parametrize(
    ("email", "reason"),
    [
        ("sonoivu", "exactly one @"),
        ("sonoivu@@langson.gov.vn", "exactly one @"),
        ("a@b@langson.gov.vn", "exactly one @"),
        ("so noivu@langson.gov.vn", "spaces"),
        ("@langson.gov.vn", "a name before the @"),
        ("sonoivu@", "a name before the @"),
        ("sonoivu@langson", "example.vn"),
        ("sonoivu@langson.gov.vn.", "example.vn"),
        ("sonoivu@lang_son.gov.vn", "cannot have"),
        ("sonoivu@langson..vn", "cannot have"),
        ("<sonoivu>@langson.gov.vn", "not allowed"),
        ("so..noivu@langson.gov.vn", "not allowed"),
        (".sonoivu@langson.gov.vn", "start or end with a dot"),
    ],
)
def test_bad_emails_name_the_field(email, reason):
    with pytest.raises(ProfileError, match=reason) as caught:
        validate_profile(SiteProfile(email=email))
    assert caught.value.field == "email"
    assert str(caught.value).startswith(f'email: "{email}" is not an e-mail address (')


@pytest.mark.parametrize(
    ("website", "message"),
    [
        ("ftp://sonoivu.langson.gov.vn", "website: only http and https addresses can be linked"),
        ("https://", "website: the address has no host name"),
        ("sonoivu langson", "website: the address contains spaces"),
    ],
)
def test_bad_websites_name_the_field(website, message):
    with pytest.raises(ProfileError) as caught:
        validate_profile(SiteProfile(website=website))
    assert caught.value.field == "website"
    assert str(caught.value) == message


def test_profile_round_trip_through_the_store(store):
    profile = validate_profile(
        SiteProfile(**{**vars(full_profile()), "website": "sonoivu.langson.gov.vn"})
    )
    store.save_site_profile(profile)
    assert store.site_profile() == profile
    assert store.site_profile().website == "https://sonoivu.langson.gov.vn"


def test_a_new_store_has_an_empty_profile_that_validates(store):
    profile = store.site_profile()
    assert validate_profile(profile) == profile
    assert profile.approver_position == "Trưởng Ban biên tập"


# ---------------------------------------------------------------- settings files


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "settings"),
        ({"profile": {}}, "profile"),
        ({"site_profile": []}, "site_profile"),
        ({"site_profile": {"phone": 123}}, "site_profile.phone"),
        ({"site_profile": {"logo_photo_id": 3}}, "site_profile.logo_photo_id"),
        ({"site_profile": {"website": "javascript:alert(1)"}}, "site_profile.website"),
        ({"categories": "Tin tức"}, "categories"),
        ({"categories": ["Tin tức", " "]}, "categories[1]"),
        ({"categories": ["Tin tức", "Tin tức"]}, "categories[1]"),
        ({"categories": ["Tin tức", 5]}, "categories[1]"),
    ],
)
def test_a_bad_settings_file_names_the_field(data, field):
    with pytest.raises(ProfileError) as caught:
        settings_from_dict(data, SiteProfile())
    assert caught.value.field == field


def test_settings_round_trip_and_what_an_export_misses():
    profile = SiteProfile(agency_name="Sở Nội vụ", place_name="Lạng Sơn", logo_photo_id=4)
    data = settings_to_dict(profile, ["Tin tức - Sự kiện"])
    assert "logo_photo_id" not in data["site_profile"]
    again, categories = settings_from_dict(data, SiteProfile(logo_photo_id=4))
    assert again == profile and categories == ["Tin tức - Sự kiện"]
    assert settings_from_dict({}, profile) == (None, None)
    assert [item.split()[0] for item in missing_for_export(profile)] == [
        "organisation_name",
        "address",
    ]
