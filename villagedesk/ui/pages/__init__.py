"""The screens of the village desk."""
