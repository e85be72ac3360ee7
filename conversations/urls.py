from django.urls import path

from conversations import simulator_views, views

app_name = "conversations"

urlpatterns = [
    path("webhook/", views.whatsapp_webhook, name="webhook"),
    path("simulator/", simulator_views.simulator_page, name="simulator"),
    path("simulator/send/", simulator_views.simulator_send, name="simulator-send"),
    path("simulator/messages/", simulator_views.simulator_messages, name="simulator-messages"),
]
