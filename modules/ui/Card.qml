// A white panel with a border: groups one thing (a service, a repeat-group item, a review step).
import QtQuick
import Bianmin.Ui

Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.borderWidth
    border.color: Theme.border
}
