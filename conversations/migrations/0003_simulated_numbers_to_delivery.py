# SimulatedNumber moved to delivery (delivery/migrations/0007_simulated_numbers.py); its table stays: state only.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('conversations', '0002_simulated_numbers'),
        ('delivery', '0007_simulated_numbers'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='SimulatedNumber'),
            ],
        ),
    ]
