"""Forms of the fact-checker admin. They only validate input; the views hand it to the services."""

from typing import Any

from django import forms

from claims.models import Status, Verdict
from sources.models import Stance
from verifier.articles import ARTICLE_METADATA_FIELDS
from verifier.intake import raw_input_max_bytes
from verifier.ratings import is_rated


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        required=False,
        help_text="Plain text. Leading lines like 'date 2024-03-28' or 'title ...' are read as metadata.",
    )
    html_file = forms.FileField(required=False, label="HTML file", help_text="A saved article page (.html).")
    url = forms.URLField(
        required=False,
        label="URL",
        max_length=2000,
        assume_scheme="https",
        help_text="Fetched through the safe fetcher.",
    )
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    author = forms.CharField(max_length=300, required=False)
    published_at = forms.DateTimeField(
        required=False, help_text="Relative dates ('last night') are resolved against it. YYYY-MM-DD [HH:MM]."
    )

    def clean_html_file(self) -> Any:
        upload = self.cleaned_data.get("html_file")
        limit = raw_input_max_bytes()  # refused before the file is read
        if upload is not None and upload.size > limit:
            raise forms.ValidationError(f"The file is {upload.size} bytes; the limit is {limit} bytes.")
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        given = [name for name in ("text", "html_file", "url") if cleaned.get(name)]
        if len(given) != 1 and not self.errors:
            raise forms.ValidationError("Give exactly one of: text, an HTML file, or a URL.")
        return cleaned


class ProposeVerdictForm(forms.Form):
    # Starts empty: only a rated verdict can be proposed (not "unrated", not "unconfirmed (pending)").
    verdict = forms.ChoiceField(
        choices=[("", "Choose a verdict…"), *((v, label) for v, label in Verdict.choices if is_rated(v))]
    )
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 60}), max_length=5000)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ReopenForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2, "cols": 60}), max_length=2000)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class MarkCheckworthyForm(forms.Form):
    reason = forms.CharField(max_length=2000, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class MoveForm(forms.Form):
    """A status move with an optional reason (``claim_transition``), e.g. to "needs evidence"."""

    to_status = forms.ChoiceField(choices=Status.choices)
    reason = forms.CharField(max_length=2000, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EvidenceLinkForm(forms.Form):
    evidence = forms.IntegerField(widget=forms.HiddenInput)
    source = forms.IntegerField(label="Registry source")


class EvidenceCheckForm(forms.Form):
    evidence = forms.IntegerField(widget=forms.HiddenInput)


def _metadata_limit(name: str) -> int:
    return ARTICLE_METADATA_FIELDS[name] or 0


class ArticleMetadataForm(forms.Form):
    """Article metadata (``verifier.articles.article_metadata_update``); the text is never edited."""

    title = forms.CharField(max_length=_metadata_limit("title"), required=False)
    outlet = forms.CharField(
        max_length=_metadata_limit("outlet"),
        required=False,
        help_text="Who ran the article; the claimant of its claims' ClaimReview when no claimer was found.",
    )
    author = forms.CharField(max_length=_metadata_limit("author"), required=False)
    url = forms.URLField(max_length=_metadata_limit("url"), required=False, label="URL", assume_scheme="https")
    published_at = forms.DateTimeField(required=False, label="Published", help_text="YYYY-MM-DD [HH:MM]")
    reason = forms.CharField(max_length=2000, required=False, help_text="Kept with the change in the history.")


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EvidenceAddForm(forms.Form):
    url = forms.URLField(max_length=2000, label="URL", assume_scheme="https")
    stance = forms.ChoiceField(choices=[])
    quote = forms.CharField(widget=forms.Textarea(attrs={"rows": 2, "cols": 60}), required=False, max_length=5000)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["stance"].choices = Stance.choices  # type: ignore[attr-defined]
        self.fields["stance"].initial = Stance.UNCLEAR


class SnapshotDiffForm(forms.Form):
    a = forms.IntegerField(label="Older snapshot")
    b = forms.IntegerField(label="Newer snapshot")
