import Vapor

/// Events: the public "What's on", registering without an account, and giving a place up.
func eventRoutes(_ app: Application) {
    app.get(.whatsOn, .public, use: PublicEventController.whatsOn)
    app.get(.publicEvent(.key), .public, use: PublicEventController.show)
    app.post(.publicEvent(.key), .public, use: PublicEventController.register)
    app.get(.publicEventCalendar(.key), .public, use: PublicEventController.calendar)
    app.get(.cancelRegistration(.key), .public, use: PublicEventController.cancelForm)
    app.post(.cancelRegistration(.key), .public, use: PublicEventController.cancel)
}
