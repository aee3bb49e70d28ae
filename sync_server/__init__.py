"""The township sync server: receives village work, serves township decisions back down."""
