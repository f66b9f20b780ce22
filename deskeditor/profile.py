"""Checking the site profile (the department's own details) before it is stored."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from deskeditor.errors import DeskEditorError, Message
from deskeditor.links import LinkError, normalise_url
from deskeditor.model import SiteProfile
from deskeditor.text import nfc
from deskeditor.urls import UrlError, check_host_name

# Characters an ordinary mailbox name never has; quoted local parts are not worth supporting.
_FORBIDDEN_IN_LOCAL = frozenset('<>()[]\\,;:"')


class ProfileError(DeskEditorError):
    """A field of the site profile is not acceptable; *field* names it."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = Message.of(problem)
        super().__init__(Message.of(self.problem, field))


def check_email(text: str) -> str:
    """Return *text* as a checked e-mail address (empty stays empty; "mailto:" dropped)."""
    email = nfc(text).strip()
    if email[:7].lower() == "mailto:":
        email = email[7:]
    if not email:
        return ""
    local, _, domain = email.rpartition("@")
    reason: Message | None = None
    if any(ch.isspace() for ch in email):
        reason = Message("email.spaces")
    elif email.count("@") != 1:
        reason = Message("email.one_at")
    elif not local or not domain:
        reason = Message("email.parts")
    elif any(ch in _FORBIDDEN_IN_LOCAL for ch in local) or ".." in local:
        reason = Message("email.bad_local")
    elif local.startswith(".") or local.endswith("."):
        reason = Message("email.dot_at_end")
    elif "." not in domain or domain.endswith("."):
        reason = Message("email.bad_domain")
    else:
        try:
            check_host_name(domain)
        except UrlError as exc:
            reason = exc.message
    if reason:
        raise ProfileError("email", Message("email.invalid", email=email, reason=reason))
    return email


def validate_profile(profile: SiteProfile) -> SiteProfile:
    """Return a copy of *profile* with every text NFC and stripped, email and website checked.

    A website typed without a scheme gets "https://"; empty email and
    website are allowed (the exports leave them out).
    """
    cleaned: dict[str, Any] = {
        f.name: nfc(value).strip()
        for f in fields(profile)
        if isinstance(value := getattr(profile, f.name), str)
    }
    cleaned["email"] = check_email(cleaned["email"])
    if cleaned["website"]:
        try:
            cleaned["website"] = normalise_url(cleaned["website"])[0]
        except LinkError as exc:
            raise ProfileError("website", exc.message) from None
    return replace(profile, **cleaned)


# ---------------------------------------------------------------- settings files

SETTINGS_KEYS = ("site_profile", "categories")
# The logo is a photo of this store: it does not travel in a settings file.
PROFILE_FIELDS = tuple(f.name for f in fields(SiteProfile) if f.name != "logo_photo_id")
MAX_PROFILE_CHARS = 1000
MAX_CATEGORIES = 200
# What the exports print from the profile, and where an empty one shows.
EXPORT_NEEDS = {
    "organisation_name": "the web page's header",
    "agency_name": "the sign-off slip's header",
    "place_name": "the slip's date line",
    "address": "the web page's footer",
}


def settings_to_dict(profile: SiteProfile, categories: list[str]) -> dict[str, Any]:
    """Return the settings file's content: the site profile and the category list."""
    return {
        "site_profile": {name: getattr(profile, name) for name in PROFILE_FIELDS},
        "categories": list(categories),
    }


def settings_from_dict(
    data: Any, current: SiteProfile
) -> tuple[SiteProfile | None, list[str] | None]:
    """Check a settings file's content; return the new profile and categories (None: not given).

    Profile fields the file leaves out keep their *current* values. The first
    problem raises :class:`ProfileError` naming the field, as in
    ``site_profile.email`` or ``categories[2]``; nothing is applied then.
    """
    if not isinstance(data, dict):
        raise ProfileError("settings", Message("settings.expected_object"))
    for key in data:
        if key not in SETTINGS_KEYS:
            raise ProfileError(str(key), Message("settings.unknown_key"))
    profile = None
    if "site_profile" in data:
        given = data["site_profile"]
        if not isinstance(given, dict):
            raise ProfileError("site_profile", Message("settings.expected_fields"))
        for key, value in given.items():
            where = f"site_profile.{key}"
            if key not in PROFILE_FIELDS:
                raise ProfileError(where, Message("json.unknown_field"))
            if not isinstance(value, str):
                raise ProfileError(where, Message("settings.expected_text"))
            if len(value) > MAX_PROFILE_CHARS or "\n" in value.strip():
                raise ProfileError(where, Message("settings.one_line", limit=MAX_PROFILE_CHARS))
        try:
            profile = validate_profile(replace(current, **given))
        except ProfileError as exc:
            raise ProfileError(f"site_profile.{exc.field}", exc.problem) from None
    categories = None
    if "categories" in data:
        categories = _categories(data["categories"])
    return profile, categories


def _categories(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ProfileError("categories", Message("settings.expected_names"))
    if len(value) > MAX_CATEGORIES:
        raise ProfileError("categories", Message("settings.too_many", limit=MAX_CATEGORIES))
    names: list[str] = []
    for index, name in enumerate(value):
        where = f"categories[{index}]"
        if not isinstance(name, str):
            raise ProfileError(where, Message("settings.expected_text"))
        name = nfc(name).strip()
        if not name or len(name) > 200 or "\n" in name:
            raise ProfileError(where, Message("settings.category_name", limit=200))
        if name in names:
            raise ProfileError(where, Message("settings.listed_twice", name=name))
        names.append(name)
    return names


def missing_for_export(profile: SiteProfile) -> list[str]:
    """Return the empty profile fields an export prints, each with where it shows."""
    return [
        f"{name} ({where})"
        for name, where in EXPORT_NEEDS.items()
        if not getattr(profile, name).strip()
    ]
