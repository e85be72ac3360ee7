# SimulatedNumber moves here from conversations (issue 17: the transports that read it live in delivery, below the
# simulator that writes it). The table `simulated_numbers` stays as it is, rows included: state only.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('delivery', '0006_outbound_purpose_choices'),
        ('conversations', '0002_simulated_numbers'),  # the table is created there
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SimulatedNumber',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('phone_number', models.CharField(max_length=20, unique=True)),
                        ('created_by', models.CharField(blank=True, help_text='The staff user who first simulated it.', max_length=150)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        'db_table': 'simulated_numbers',
                    },
                ),
            ],
        ),
    ]
