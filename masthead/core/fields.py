"""An image field that checks uploads with our rules before Django's generic image check."""

from django import forms
from django.db import models

from masthead.core.images import validate_image_file


class CheckedImageFormField(forms.ImageField):
    def to_python(self, data):
        # Our checks come first so a bomb or an oversized file gets its own clear message,
        # not Django's generic "corrupted image".
        if data is not None and hasattr(data, "read"):
            validate_image_file(data)
        return super().to_python(data)


class CheckedImageField(models.ImageField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image_file])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})
