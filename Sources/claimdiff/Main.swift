import ClaimDiffCLI

@main
enum Main {
  static func main() async {
    await ClaimDiffCommand.runAsMain()
  }
}
