"""An image field whose forms show its validators' clear messages, not Pillow's one generic message."""

from contextlib import suppress

from django import forms
from django.db import models
from PIL import Image as PILImage


class CheckedImageFormField(forms.ImageField):
    """An image upload checked by its validators alone (the model field's: see CheckedImageField)."""

    # Django's extension check: the image validator checks the name along with the rest.
    default_validators = []

    def to_python(self, data):
        # Django's own check opens the upload with Pillow and answers any failure with "Upload a
        # valid image", before the validators could say what is wrong (too many pixels, cut off…).
        return forms.FileField.to_python(self, data)


class CheckedImageField(models.ImageField):
    """An ImageField whose form runs the field's validators on each new upload.

    Give it `validators=[validate_image]` (masthead.core.images): full_clean() runs them too.
    """

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": CheckedImageFormField, "validators": self.validators, **kwargs}
        )

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # Reading a bomb's size for the width and height fields must not crash: the validators
        # refuse it, with a clear message, when the row is cleaned.
        with suppress(PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            super().update_dimension_fields(instance, force, *args, **kwargs)
