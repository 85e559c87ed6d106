import Vapor

/// The resource library: public search, pages and downloads; kept by coordinators under /admin.
func resourceRoutes(_ app: Application) {
    app.get(.resources, .public, use: PublicResourceController.library)
    app.get(.publicResource(.key), .public, use: PublicResourceController.show)
    app.get(.resourceDownload(.key, .key), .public, use: PublicResourceController.download)
    app.post(.resourceUseful(.key), .public, use: PublicResourceController.useful)

    app.get(.manageResources, .global(.manageResources), use: ResourceAdminController.list)
    app.get(.newResource, .global(.manageResources), use: ResourceAdminController.new)
    app.post(.manageResources, .global(.manageResources), use: ResourceAdminController.create)
    app.get(.resourceUsage, .global(.manageResources), use: ResourceAdminController.usage)
    app.get(.resource(.key), .global(.manageResources), use: ResourceAdminController.show)
    app.get(.resource(.key, .edit), .global(.manageResources), use: ResourceAdminController.edit)
    app.post(.resource(.key, .edit), .global(.manageResources), use: ResourceAdminController.update)
    app.upload(.resource(.key, .files), .global(.manageResources), use: ResourceAdminController.uploadFile)
    app.post(.resource(.key, .removeFile(.key)), .global(.manageResources), use: ResourceAdminController.removeFile)
    app.post(.resource(.key, .status), .global(.manageResources), use: ResourceAdminController.changeStatus)
}
